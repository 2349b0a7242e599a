namespace ForumHelper.Core.Answers;

/// <summary>One path in the comparison: its label and only what sets it apart from the other paths.</summary>
public sealed record PathLine(string Option, string Label, bool Recommended, IReadOnlyList<string> Differences);
