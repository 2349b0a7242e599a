using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// A course of action a member can take (accept, decline, ask support…), when it is open, and
/// what it does. Every effect is a list of <c>when</c> rows, since a path does different things in
/// different situations (asking support after a chargeback takes no money; after a draft went
/// through Deliver it risks a warning). Every recommendation of the decision table is one of these paths.
/// </summary>
public sealed record PathDefinition
{
    /// <summary>
    /// The longest name (<c>decline-cancellation</c>): a name travels in a button id, which Discord
    /// caps at 100 characters, beside the case id and the question's facts.
    /// </summary>
    public const int MaxNameLength = 32;

    public required string Key { get; init; }

    /// <summary>The path is open when any of these conditions holds.</summary>
    public required IReadOnlyList<Condition> OpenWhen { get; init; }
    public required IReadOnlyList<WhenRule<RateEffect>> Rate { get; init; }
    public required IReadOnlyList<WhenRule<MoneyEffect>> Money { get; init; }
    public required IReadOnlyList<WhenRule<RiskLevel>> ReviewRisk { get; init; }
    public required IReadOnlyList<WhenRule<RiskLevel>> WarningRisk { get; init; }
    public int Line { get; init; }

    public bool IsOpen(FactVector facts)
    {
        for (var i = 0; i < OpenWhen.Count; i++)
        {
            if (OpenWhen[i].Matches(facts))
            {
                return true;
            }
        }

        return false;
    }
}
