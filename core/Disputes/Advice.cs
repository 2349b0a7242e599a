using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;

namespace ForumHelper.Core.Disputes;

/// <summary>
/// The engine's verdict on a dispute, before any words: the recommended path and why, what every
/// open path does, and the questions whose answers would change it.
/// </summary>
public sealed record Advice
{
    public required DisputeFacts Facts { get; init; }
    public required MarketplacePolicy Policy { get; init; }
    public required DateOnly Today { get; init; }

    /// <summary>The recommended path's key.</summary>
    public required string Recommendation { get; init; }

    /// <summary>The decision-table row that matched.</summary>
    public required string RuleId { get; init; }

    /// <summary>False when the row covers a case the table was not built to judge; the answer says so.</summary>
    public bool Confident { get; init; } = true;

    /// <summary>Keys of given facts that contradict each other (<c>conflicts.KEY</c> in the answer book).</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>Reason keys: the rule's, then those of matching notes.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>How many of <see cref="Reasons"/> are the rule's own; the rest come from notes.</summary>
    public int RuleReasonCount { get; init; }

    /// <summary>Every open path, the recommended one first.</summary>
    public required IReadOnlyList<OptionOutcome> Outcomes { get; init; }

    /// <summary>Given facts worth double-checking, because the likely mix-up would change the advice.</summary>
    public required IReadOnlyList<FactQuestion> Confirmations { get; init; }

    /// <summary>Unknown facts whose answer would change the advice, most important first.</summary>
    public required IReadOnlyList<FactQuestion> MissingFacts { get; init; }

    /// <summary>The one question to ask first: a confirmation before a missing fact.</summary>
    public FactQuestion? KeyQuestion => Confirmations.Count > 0 ? Confirmations[0] : MissingFacts.Count > 0 ? MissingFacts[0] : null;
}
