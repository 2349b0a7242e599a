namespace ForumHelper.Core.Cases;

/// <summary>What statistics can group cases by (wire names: <c>recommendation</c>, <c>answer-version</c>…).</summary>
public enum CaseGrouping
{
    Recommendation,
    Reason,
    Stage,
    AskedBy,
    Buyer,
    Marketplace,
    AnswerVersion,
    Feedback,
}
