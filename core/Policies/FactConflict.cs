namespace ForumHelper.Core.Policies;

/// <summary>
/// Facts that cannot all be true at once (finished work delivered, yet none of it done): when
/// <see cref="When"/> holds, the answer names the contradiction instead of silently using it.
/// </summary>
/// <param name="When">The contradicting facts.</param>
/// <param name="Key">The answer-book key of the text that names it (<c>conflicts.KEY</c>).</param>
/// <param name="Line">The line of the row in its policy file.</param>
public sealed record FactConflict(Condition When, string Key, int Line);
