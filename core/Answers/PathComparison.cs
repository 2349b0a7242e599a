namespace ForumHelper.Core.Answers;

/// <summary>
/// The paths side by side, one short line each: an aspect that differs between paths goes on every
/// line in brief; an aspect all paths share is said once, in full. So "No risk of an account
/// warning." is not repeated five times.
/// </summary>
public sealed record PathComparison(IReadOnlyList<PathLine> Lines, IReadOnlyList<SharedAspect> Shared)
{
    private const int Aspects = 4;

    public static PathComparison Of(IReadOnlyList<OutcomeText> outcomes, AnswerLabels labels)
    {
        // Money and review first: they are what members weigh; the rate line carries a date and goes last.
        Span<bool> same = stackalloc bool[Aspects];
        var shared = new List<SharedAspect>(Aspects);
        for (var aspect = 0; aspect < Aspects; aspect++)
        {
            // With one path there is nothing to compare it to: its line says everything.
            same[aspect] = outcomes.Count > 1;
            for (var i = 1; i < outcomes.Count && same[aspect]; i++)
            {
                same[aspect] = Full(outcomes[i], aspect) == Full(outcomes[0], aspect);
            }

            if (same[aspect])
            {
                shared.Add(new SharedAspect(Label(labels, aspect), Full(outcomes[0], aspect)));
            }
        }

        var lines = new PathLine[outcomes.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var outcome = outcomes[i];
            var differences = new List<string>(Aspects - shared.Count);
            for (var aspect = 0; aspect < Aspects; aspect++)
            {
                if (!same[aspect])
                {
                    differences.Add(Brief(outcome.Brief, aspect));
                }
            }

            lines[i] = new PathLine(outcome.Option, outcome.Label, outcome.Recommended, differences);
        }

        return new PathComparison(lines, shared);
    }

    private static string Full(OutcomeText outcome, int aspect) => aspect switch
    {
        0 => outcome.Money,
        1 => outcome.ReviewRisk,
        2 => outcome.WarningRisk,
        _ => outcome.Rate,
    };

    private static string Brief(OutcomeBrief brief, int aspect) => aspect switch
    {
        0 => brief.Money,
        1 => brief.ReviewRisk,
        2 => brief.WarningRisk,
        _ => brief.Rate,
    };

    private static string Label(AnswerLabels labels, int aspect) => aspect switch
    {
        0 => labels.Money,
        1 => labels.ReviewRisk,
        2 => labels.WarningRisk,
        _ => labels.Rate,
    };
}
