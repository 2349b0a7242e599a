using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>What the analysis of a decision table found.</summary>
/// <param name="Combinations">How many distinct situations the table tells apart.</param>
/// <param name="NeverFiring">Rules that no situation reaches first.</param>
/// <param name="UnansweredCount">Situations no rule answers.</param>
/// <param name="UnansweredExamples">A few of them, to show the maintainer.</param>
/// <param name="Witnesses">For each rule that fires, the lowest situation (unknowns first) it answers.</param>
public sealed record TableReport(
    long Combinations,
    IReadOnlyList<DecisionRule> NeverFiring,
    long UnansweredCount,
    IReadOnlyList<FactVector> UnansweredExamples,
    IReadOnlyDictionary<DecisionRule, FactVector> Witnesses);
