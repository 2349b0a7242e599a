namespace ForumHelper.Bot.Cli;

/// <summary>The parsed arguments of <c>ask</c>; <paramref name="SlashLine"/> may be null only with <paramref name="Text"/>.</summary>
internal sealed record AskRequest(string? SlashLine, bool Json, string? Today, string? DataFolder, bool Log, string? Text = null);
