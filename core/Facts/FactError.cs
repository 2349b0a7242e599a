namespace ForumHelper.Core.Facts;

/// <summary>Why one option of an invocation was not accepted, and what would be.</summary>
/// <param name="Option">The option name as typed (or the missing option's name).</param>
/// <param name="Message">What was wrong, in one sentence.</param>
/// <param name="Valid">What is valid there.</param>
/// <param name="Suggestion">The nearest valid name or value, if one is close.</param>
public sealed record FactError(string Option, string Message, string Valid, string? Suggestion)
{
    /// <summary>The message with its "did you mean", worded once for the terminal, Discord and the golden cases.</summary>
    public string Explained => Suggestion is null ? Message : $"{Message} Did you mean `{Suggestion}`?";
}
