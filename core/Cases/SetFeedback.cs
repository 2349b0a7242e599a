namespace ForumHelper.Core.Cases;

/// <summary>Records the member's verdict on an answer; applies only if the case is that member's.</summary>
public sealed record SetFeedback(long CaseId, string Member, Feedback Feedback) : CaseWrite;
