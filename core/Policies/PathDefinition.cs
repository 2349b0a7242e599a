namespace ForumHelper.Core.Policies;

/// <summary>
/// A course of action a member can take (accept, decline, ask support…), when it is open, and
/// what it does. Every recommendation of the decision table is one of these paths.
/// </summary>
public sealed record PathDefinition
{
    public required string Key { get; init; }
    public required Condition OpenWhen { get; init; }
    public required RateEffect Rate { get; init; }
    public required MoneyEffect Money { get; init; }
    public required IReadOnlyList<RiskRule> ReviewRisk { get; init; }
    public required IReadOnlyList<RiskRule> WarningRisk { get; init; }
    public int Line { get; init; }
}
