namespace ForumHelper.Core.Policies;

/// <summary>
/// A modifier that adds a reason to whatever the table recommends, when its condition holds
/// (and, if set, only for some recommendations). Notes never change the recommendation.
/// </summary>
public sealed record DecisionNote(Condition When, IReadOnlySet<string>? OnlyFor, string Reason, int Line);
