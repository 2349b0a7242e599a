namespace ForumHelper.Bot.Cli;

/// <summary>The parsed arguments of <c>ask</c>.</summary>
internal sealed record AskRequest(string SlashLine, bool Json, string? Today, string? DataFolder, bool Log);
