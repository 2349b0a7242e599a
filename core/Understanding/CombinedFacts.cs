using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>A description's reading merged with what the member chose (<see cref="FactCombiner"/>).</summary>
/// <param name="Facts">The facts to answer, or null while a required fact (asked-by, stage) is still unknown.</param>
/// <param name="Understood">Fact name to code taken from the text and used (not overridden by a choice), in catalog order.</param>
/// <param name="Needs">Required facts still unknown, in catalog order.</param>
/// <param name="Disagreements">Facts where the text said one value and the member chose another (the choice won).</param>
public sealed record CombinedFacts(
    DisputeFacts? Facts,
    IReadOnlyDictionary<string, int> Understood,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Disagreements);
