namespace ForumHelper.Core.Answers;

/// <summary>One placeholder of the closed set: its name and how to fill it (null when the member's facts do not tell).</summary>
/// <param name="Name">The name written in braces, e.g. <c>rate_after</c>.</param>
/// <param name="Index">Its position in <see cref="Placeholders.All"/>, for caching.</param>
/// <param name="AlwaysAvailable">True when every answer has a value for it.</param>
/// <param name="PerOutcome">True when its value depends on the path being described.</param>
/// <param name="Value">Fills the placeholder, or returns null when it has no value for this answer.</param>
public sealed record Placeholder(string Name, int Index, bool AlwaysAvailable, bool PerOutcome, Func<RenderContext, string?> Value);
