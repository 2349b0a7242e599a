namespace ForumHelper.Core.GoldenCases;

/// <summary>How one golden case fared: passed, or each expectation it missed.</summary>
public sealed record GoldenCaseResult(GoldenCase Case, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
