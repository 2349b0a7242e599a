namespace ForumHelper.Core.Policies;

/// <summary>One row of a path's effect list (<c>{ when: ..., is: ... }</c>): the first row whose condition holds gives the value.</summary>
public sealed record WhenRule<T>(Condition When, T Value);
