namespace ForumHelper.Core.Answers;

/// <summary>Every <see cref="OutcomeAspect"/> in order, and each one's words in a path's texts, briefs and labels.</summary>
public static class OutcomeAspects
{
    public static IReadOnlyList<OutcomeAspect> All { get; } = [OutcomeAspect.Money, OutcomeAspect.ReviewRisk, OutcomeAspect.WarningRisk, OutcomeAspect.Rate];

    /// <summary>The path's full sentence on <paramref name="aspect"/>.</summary>
    public static string Of(this OutcomeText outcome, OutcomeAspect aspect) => aspect switch
    {
        OutcomeAspect.Money => outcome.Money,
        OutcomeAspect.ReviewRisk => outcome.ReviewRisk,
        OutcomeAspect.WarningRisk => outcome.WarningRisk,
        _ => outcome.Rate,
    };

    /// <summary>The path's few words on <paramref name="aspect"/>, for a one-line comparison.</summary>
    public static string Of(this OutcomeBrief brief, OutcomeAspect aspect) => aspect switch
    {
        OutcomeAspect.Money => brief.Money,
        OutcomeAspect.ReviewRisk => brief.ReviewRisk,
        OutcomeAspect.WarningRisk => brief.WarningRisk,
        _ => brief.Rate,
    };

    /// <summary>The heading of <paramref name="aspect"/> ("Money", "Review risk"…) in the answer's language.</summary>
    public static string Of(this AnswerLabels labels, OutcomeAspect aspect) => aspect switch
    {
        OutcomeAspect.Money => labels.Money,
        OutcomeAspect.ReviewRisk => labels.ReviewRisk,
        OutcomeAspect.WarningRisk => labels.WarningRisk,
        _ => labels.Rate,
    };
}
