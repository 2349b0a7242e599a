namespace ForumHelper.Core.Cases;

/// <summary>Statistics of the cases in one period, grouped one way; free of any terminal or chat concerns.</summary>
public sealed record StatsReport
{
    public required CaseGrouping Grouping { get; init; }
    public required int Days { get; init; }

    /// <summary>Start of the period (inclusive).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public required DateTimeOffset To { get; init; }
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
