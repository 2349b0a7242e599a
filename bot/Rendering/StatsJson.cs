namespace ForumHelper.Bot.Rendering;

/// <summary>The machine-readable report of <c>stats --format json</c>.</summary>
internal sealed record StatsJson(
    string Grouping,
    int Days,
    DateTimeOffset From,
    DateTimeOffset To,
    int Total,
    int PreviousTotal,
    int? DistinctMembers,
    int MinGroupSize,
    string Source,
    int LeftOut,
    IReadOnlyList<StatsGroupJson> Groups,
    IReadOnlyList<HelpfulnessJson> Helpfulness);
