namespace ForumHelper.Core.GoldenCases;

/// <summary>
/// A maintainer's example with the answer it must get: <c>ask</c> a slash line, then <c>expect</c>
/// a recommendation (any of), reason keys (all of), questions about facts (all of), and
/// recommendations it must not give.
/// </summary>
public sealed record GoldenCase
{
    public required string Name { get; init; }
    public required string Ask { get; init; }
    public required IReadOnlyList<string> Recommendation { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public IReadOnlyList<string> Missing { get; init; } = [];
    public IReadOnlyList<string> Not { get; init; } = [];
    public required string File { get; init; }
    public required int Line { get; init; }
}
