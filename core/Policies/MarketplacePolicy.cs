using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// One marketplace's rules as data: its numbers, whether it keeps a completion rate, the paths
/// open to a seller, the decision table, and the questions worth asking.
/// </summary>
public sealed record MarketplacePolicy
{
    public required Marketplace Marketplace { get; init; }

    /// <summary>The marketplace's own name, as members write it.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The date the rules were last checked against the marketplace's help pages.</summary>
    public required string CheckedOn { get; init; }

    public required bool TracksCompletionRate { get; init; }

    /// <summary>The marketplace's own words for the other party and the unit of work ("client", "contract" on Upwork), for shared texts.</summary>
    public MarketplaceTerms Terms { get; init; } = MarketplaceTerms.Default;
    public required PolicyNumbers Numbers { get; init; }
    public required IReadOnlyDictionary<string, PathDefinition> Paths { get; init; }
    public required DecisionTable Table { get; init; }
    public required IReadOnlyList<ConfirmCheck> Confirmations { get; init; }

    /// <summary>Combinations of facts that contradict each other, named in the answer.</summary>
    public IReadOnlyList<FactConflict> Conflicts { get; init; } = [];

    /// <summary>Optional facts in the order their questions matter most; the first is asked first.</summary>
    public required IReadOnlyList<FactDefinition> QuestionOrder { get; init; }

    /// <summary>The policy file, as given to the loader, for messages.</summary>
    public required string File { get; init; }
}
