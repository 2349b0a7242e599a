namespace ForumHelper.Core.Cases;

/// <summary>
/// Records the member's verdict on an answer, and the UTC day it was given (<paramref name="At"/> is
/// kept to the day only); applies only if the case is that member's.
/// </summary>
/// <remarks>
/// The day lets statistics count a rating from the day after it was given, as they count cases, so
/// two reports taken before and after a member's click are the same report.
/// </remarks>
public sealed record SetFeedback(long CaseId, string Member, Feedback Feedback, DateTimeOffset At) : CaseWrite;
