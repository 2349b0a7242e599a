namespace ForumHelper.Core.Cases;

/// <summary>Feedback counts for one recommendation.</summary>
public sealed record HelpfulnessCount(string Recommendation, long Helpful, long NotHelpful);
