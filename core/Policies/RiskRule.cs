namespace ForumHelper.Core.Policies;

/// <summary>One row of a path's risk list: the first row whose condition holds gives the level.</summary>
public sealed record RiskRule(Condition When, RiskLevel Level);
