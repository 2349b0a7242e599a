using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;

namespace ForumHelper.Core.Answers;

/// <summary>
/// The canned texts of one locale, keyed by recommendation, reason, question and outcome, loaded
/// from <c>data/answers/&lt;locale&gt;.yaml</c>. Turns <see cref="Advice"/> into an <see cref="Answer"/>.
/// </summary>
public sealed record AnswerBook
{
    // Outcome text keys by enum ordinal, built once rather than per answer.
    private static readonly string[] RateKeys = [.. WireNames.Of<RateEffect>().Select(k => "rate." + k)];
    private static readonly string[] ReviewRiskKeys = [.. WireNames.Of<RiskLevel>().Select(k => "review-risk." + k)];
    private static readonly string[] WarningRiskKeys = [.. WireNames.Of<RiskLevel>().Select(k => "warning-risk." + k)];
    private static readonly string[] MoneyKeys = [.. WireNames.Of<MoneyEffect>().Select(k => "money." + k)];

    /// <summary>The outcome texts every answer book must have.</summary>
    public static readonly IReadOnlyList<string> OutcomeKeys = [.. RateKeys, .. ReviewRiskKeys, .. WarningRiskKeys, .. MoneyKeys];

    /// <summary>The labels every answer book must have.</summary>
    public static readonly IReadOnlyList<string> LabelKeys =
        ["why", "paths", "recommended", "rate", "review-risk", "warning-risk", "money", "question", "more-questions", "uncertain", "every-path", "dispute", "details"];

    public required string Locale { get; init; }
    public required IReadOnlyDictionary<string, RecommendationText> Recommendations { get; init; }
    public required IReadOnlyDictionary<string, AnswerText> Reasons { get; init; }

    /// <summary>Questions about unknown facts, keyed by fact name.</summary>
    public required IReadOnlyDictionary<string, AnswerText> Questions { get; init; }

    /// <summary>Questions that double-check a given fact, keyed <c>fact=alternative</c>.</summary>
    public required IReadOnlyDictionary<string, AnswerText> Confirmations { get; init; }
    /// <summary>Texts that name contradicting facts, keyed as in the policies' <c>conflicts</c>.</summary>
    public required IReadOnlyDictionary<string, AnswerText> Conflicts { get; init; }
    public required IReadOnlyDictionary<string, AnswerText> Outcomes { get; init; }

    /// <summary>The outcome texts in a few words, keyed as <see cref="Outcomes"/>, for the one-line comparison of the paths.</summary>
    public required IReadOnlyDictionary<string, AnswerText> Briefs { get; init; }
    public required AnswerLabels Labels { get; init; }
    public required AnswerText Footer { get; init; }

    /// <summary>The answers file, as given to the loader, for messages.</summary>
    public string File { get; init; } = "";

    /// <summary>The content hash of the data files this book was loaded with.</summary>
    public string Version { get; init; } = "";

    /// <summary>Words the advice. With <paramref name="withoutPersonalNumbers"/>, texts that quote the member's own numbers fall back to their plainer alternatives (for answers shown in public).</summary>
    public Answer Render(Advice advice, bool withoutPersonalNumbers = false)
    {
        // Summaries and reasons quote the rate change of the recommended path, or else of the first path that has one.
        OptionOutcome? rated = null;
        foreach (var outcome in advice.Outcomes)
        {
            if (outcome.RateChange is not null)
            {
                rated = outcome;
                break;
            }
        }

        var context = new RenderContext(advice, rated, Version, withoutPersonalNumbers);
        var recommendation = Recommendations[advice.Recommendation];
        var points = new string[advice.Reasons.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = Reasons[advice.Reasons[i]].Render(context);
        }

        var outcomes = new List<OutcomeText>(Math.Min(advice.Outcomes.Count, AnswerLimits.Fields));
        foreach (var outcome in advice.Outcomes.Take(AnswerLimits.Fields))
        {
            var outcomeContext = context.ForOutcome(outcome);
            outcomes.Add(new OutcomeText
            {
                Brief = new OutcomeBrief(
                    Briefs[RateKeys[(int)outcome.Rate]].Render(outcomeContext),
                    Briefs[ReviewRiskKeys[(int)outcome.ReviewRisk]].Render(outcomeContext),
                    Briefs[WarningRiskKeys[(int)outcome.WarningRisk]].Render(outcomeContext),
                    Briefs[MoneyKeys[(int)outcome.Money]].Render(outcomeContext)),
                Option = outcome.Option,
                Label = Recommendations[outcome.Option].Label,
                Title = Recommendations[outcome.Option].Title,
                Summary = outcome.Recommended ? "" : Recommendations[outcome.Option].Summary.Render(outcomeContext),
                Recommended = outcome.Recommended,
                Rate = Outcomes[RateKeys[(int)outcome.Rate]].Render(outcomeContext),
                ReviewRisk = Outcomes[ReviewRiskKeys[(int)outcome.ReviewRisk]].Render(outcomeContext),
                WarningRisk = Outcomes[WarningRiskKeys[(int)outcome.WarningRisk]].Render(outcomeContext),
                Money = Outcomes[MoneyKeys[(int)outcome.Money]].Render(outcomeContext),
            });
        }

        var questions = advice.Confirmations.Select(q => Confirmations[q.Key])
            .Concat(advice.MissingFacts.Select(q => Questions[q.Key]))
            .Select(text => text.Render(context))
            .ToList();

        var caveats = new List<string>(advice.Conflicts.Count + 1);
        if (!advice.Confident)
        {
            caveats.Add(Labels.Uncertain);
        }

        foreach (var conflict in advice.Conflicts)
        {
            caveats.Add(Conflicts[conflict].Render(context));
        }

        return new Answer
        {
            Recommendation = advice.Recommendation,
            Caveats = caveats,
            Title = recommendation.Title,
            Family = recommendation.Family,
            Summary = recommendation.Summary.Render(context),
            Points = points,
            KeyPoints = KeyPoints(points, advice.RuleReasonCount),
            Outcomes = outcomes,
            Comparison = PathComparison.Of(outcomes, Labels),
            Question = questions.Count > 0 ? questions[0] : null,
            MoreQuestions = questions.Count > 1 ? questions.GetRange(1, questions.Count - 1) : [],
            Footer = Footer.Render(context),
            Labels = Labels,
        };
    }

    /// <summary>The rule's first two reasons, then the first note's (about this member's situation), filled up from the rule's others.</summary>
    private static string[] KeyPoints(string[] points, int ruleReasons)
    {
        var chosen = new List<string>(Answer.MaxKeyPoints);
        for (var i = 0; i < Math.Min(ruleReasons, 2); i++)
        {
            chosen.Add(points[i]);
        }

        if (ruleReasons < points.Length)
        {
            chosen.Add(points[ruleReasons]);
        }

        // Then the rule's remaining reasons, then the other notes'.
        for (var i = Math.Min(ruleReasons, 2); i < points.Length && chosen.Count < Answer.MaxKeyPoints; i++)
        {
            if (i != ruleReasons)
            {
                chosen.Add(points[i]);
            }
        }

        return [.. chosen];
    }
}
