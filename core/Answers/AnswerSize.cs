namespace ForumHelper.Core.Answers;

/// <summary>
/// How many characters each part of an answer takes once laid out as a chat embed, counted
/// generously (separators and markup included): the first screen (summary, key reasons, the
/// question, one line per path), and the details (every reason and question as the description,
/// one field per aspect listing each path).
/// </summary>
public static class AnswerSize
{
    private const int Separator = 6;

    public static int FirstScreen(Answer answer) =>
        answer.Caveats.Sum(c => c.Length + Separator)
        + answer.Summary.Length
        + answer.Labels.Why.Length + answer.KeyPoints.Sum(p => p.Length + Separator)
        + (answer.Question is null ? 0 : answer.Labels.Question.Length + answer.Question.Length + Separator)
        + answer.Labels.Paths.Length
        + answer.Comparison.Lines.Sum(l => l.Label.Length + 2 * Separator + l.Differences.Sum(d => d.Length + Separator))
        + answer.Comparison.Shared.Sum(s => s.Label.Length + answer.Labels.EveryPath.Length + s.Text.Length + 2 * Separator)
        + 4 * Separator;

    public static int DetailsDescription(Answer answer) =>
        answer.Labels.Why.Length + answer.Points.Sum(p => p.Length + Separator)
        + (answer.Question is null ? 0 : answer.Labels.Question.Length + answer.Question.Length + Separator)
        + (answer.MoreQuestions.Count == 0 ? 0 : answer.Labels.MoreQuestions.Length + answer.MoreQuestions.Sum(q => q.Length + Separator))
        + 4 * Separator;

    /// <summary>The largest of the details' aspect fields: each distinct text once, with the labels of the paths that share it.</summary>
    public static int DetailsField(Answer answer) =>
        OutcomeAspects.All.Max(aspect => answer.Outcomes.Sum(o => o.Label.Length + Separator)
            + answer.Outcomes.Select(o => o.Of(aspect)).Distinct(StringComparer.Ordinal).Sum(t => t.Length + Separator) + answer.Labels.EveryPath.Length);

    /// <summary>Everything in the details embed together.</summary>
    public static int DetailsTotal(Answer answer) =>
        answer.Labels.Details.Length + answer.Title.Length + DetailsDescription(answer) + OutcomeAspects.All.Count * DetailsField(answer) + answer.Footer.Length
        + OutcomeAspects.All.Sum(aspect => answer.Labels.Of(aspect).Length);
}
