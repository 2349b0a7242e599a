namespace ForumHelper.Core.Cases;

/// <summary>Statistics of the cases in one period, grouped one way; free of any terminal or chat concerns.</summary>
public sealed record StatsReport
{
    public required CaseGrouping Grouping { get; init; }

    /// <summary>The period, and with it the previous one the counts are compared with.</summary>
    public required StatsPeriod Period { get; init; }

    /// <summary>Whole days in the period.</summary>
    public int Days => Period.Days;

    /// <summary>Start of the period (inclusive).</summary>
    public DateTimeOffset From => Period.From;

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To => Period.To;
    public required int Total { get; init; }
    public required int PreviousTotal { get; init; }

    /// <summary>Distinct members in the period, or null when fewer than the minimum group size.</summary>
    public required int? DistinctMembers { get; init; }

    /// <summary>Groups, largest first; withheld groups last.</summary>
    public required IReadOnlyList<StatsGroup> Groups { get; init; }
    public required IReadOnlyList<HelpfulnessRow> Helpfulness { get; init; }
    public required int MinGroupSize { get; init; }

    /// <summary>Which cases were counted.</summary>
    public CaseSource Source { get; init; } = CaseSource.Discord;

    /// <summary>Cases of the period that <see cref="Source"/> left out (those of the other transport); 0 when it is <see cref="CaseSource.All"/>.</summary>
    public int LeftOut { get; init; }

    public bool IsEmpty => Total == 0;
}
