namespace ForumHelper.Bot.Cli;

/// <summary>The parsed options of <c>stats</c>.</summary>
internal sealed record StatsRequest(int Days, string By, string Format, string? ChartPath, string Source, string? Today = null);
