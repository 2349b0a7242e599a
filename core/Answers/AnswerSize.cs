namespace ForumHelper.Core.Answers;

/// <summary>
/// How many characters each part of an answer takes once laid out as a chat embed: the summary,
/// reasons and questions as the description; each path as a field. Separators are counted generously.
/// </summary>
public static class AnswerSize
{
    private const int Separator = 4;

    public static int Description(Answer answer) =>
        answer.Summary.Length
        + answer.Caveats.Sum(c => c.Length + Separator)
        + answer.Labels.Why.Length + answer.Points.Sum(p => p.Length + Separator)
        + (answer.Question is null ? 0 : answer.Labels.Question.Length + answer.Question.Length + Separator)
        + (answer.MoreQuestions.Count == 0 ? 0 : answer.Labels.MoreQuestions.Length + answer.MoreQuestions.Sum(q => q.Length + Separator))
        + 4 * Separator;

    public static int FieldName(OutcomeText outcome, AnswerLabels labels) =>
        outcome.Label.Length + (outcome.Recommended ? labels.Recommended.Length + Separator : 0);

    public static int Field(OutcomeText outcome, AnswerLabels labels) =>
        labels.Rate.Length + outcome.Rate.Length
        + labels.ReviewRisk.Length + outcome.ReviewRisk.Length
        + labels.WarningRisk.Length + outcome.WarningRisk.Length
        + labels.Money.Length + outcome.Money.Length
        + 4 * Separator * 2;

    public static int Total(Answer answer) =>
        answer.Title.Length + Description(answer) + answer.Footer.Length
        + answer.Outcomes.Sum(o => FieldName(o, answer.Labels) + Field(o, answer.Labels));
}
