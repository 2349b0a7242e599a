namespace ForumHelper.Core.Answers;

/// <summary>The words for one recommendation: a title, a short label for buttons and headings, a summary, and the family that sets its look.</summary>
public sealed record RecommendationText(string Title, string Label, AnswerText Summary, PathFamily Family, int Line);
