namespace ForumHelper.Core.GoldenCases;

/// <summary>
/// A maintainer's example with the answer it must get: <c>ask</c> a slash line, or describe it in
/// <c>text</c> (a member's own words, with <c>ask</c> as the options they also chose), then
/// <c>expect</c> a recommendation (any of), reason keys (all of), questions about facts (all of),
/// and recommendations it must not give; for a text, also the facts it must read and the required
/// facts still unknown.
/// </summary>
public sealed record GoldenCase
{
    public required string Name { get; init; }

    /// <summary>The slash line; for a text case, the options chosen beside the text (empty when none).</summary>
    public string Ask { get; init; } = "";

    /// <summary>The member's own description, or null for a slash-line case.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Recommendation { get; init; } = [];
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public IReadOnlyList<string> Missing { get; init; } = [];
    public IReadOnlyList<string> Not { get; init; } = [];

    /// <summary>
    /// Text cases: every fact the text must read, as fact name to wire value, or <c>unknown</c> for
    /// a fact it must not read. Strict: reading any fact not listed here fails the case too.
    /// </summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();

    /// <summary>Text cases: the required facts still unknown after the text and the options (empty: it can be answered).</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Text cases: facts the text must leave unclear (to be asked).</summary>
    public IReadOnlyList<string> Unclear { get; init; } = [];

    public required string File { get; init; }
    public required int Line { get; init; }

    /// <summary>Either the slash line or, for a text case, the text, for failure reports.</summary>
    public string Question => Text is null ? Ask : $"\"{Text}\"" + (Ask.Length > 0 ? $" with {Ask}" : "");
}
