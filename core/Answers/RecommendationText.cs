namespace ForumHelper.Core.Answers;

/// <summary>The words for one recommendation: a title, a short label for buttons and headings, and a summary.</summary>
public sealed record RecommendationText(string Title, string Label, AnswerText Summary, int Line);
