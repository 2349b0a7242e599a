namespace ForumHelper.Core.Cases;

/// <summary>What a button handler needs to know about an earlier case.</summary>
public sealed record StoredCase(long Id, string Member, string Recommendation, Feedback Feedback);
