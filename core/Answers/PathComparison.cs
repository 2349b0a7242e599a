namespace ForumHelper.Core.Answers;

/// <summary>
/// The paths side by side, one short line each: an aspect that differs between paths goes on every
/// line in brief; an aspect all paths share is said once, in full. So "No risk of an account
/// warning." is not repeated five times.
/// </summary>
public sealed record PathComparison(IReadOnlyList<PathLine> Lines, IReadOnlyList<SharedAspect> Shared)
{
    public static PathComparison Of(IReadOnlyList<OutcomeText> outcomes, AnswerLabels labels)
    {
        var aspects = OutcomeAspects.All;
        Span<bool> same = stackalloc bool[aspects.Count];
        var shared = new List<SharedAspect>(aspects.Count);
        for (var index = 0; index < aspects.Count; index++)
        {
            var aspect = aspects[index];
            // With one path there is nothing to compare it to: its line says everything.
            same[index] = outcomes.Count > 1;
            for (var i = 1; i < outcomes.Count && same[index]; i++)
            {
                same[index] = outcomes[i].Of(aspect) == outcomes[0].Of(aspect);
            }

            if (same[index])
            {
                shared.Add(new SharedAspect(labels.Of(aspect), outcomes[0].Of(aspect)));
            }
        }

        var lines = new PathLine[outcomes.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var outcome = outcomes[i];
            var differences = new List<string>(aspects.Count - shared.Count);
            for (var index = 0; index < aspects.Count; index++)
            {
                if (!same[index])
                {
                    differences.Add(outcome.Brief.Of(aspects[index]));
                }
            }

            lines[i] = new PathLine(outcome.Option, outcome.Label, outcome.Recommended, differences);
        }

        return new PathComparison(lines, shared);
    }
}
