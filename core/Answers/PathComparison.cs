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
        // Money and review first: they are what members weigh; the rate line carries a date and goes last.
        (string Label, Func<OutcomeText, string> Full, Func<OutcomeBrief, string> Brief)[] aspects =
        [
            (labels.Money, o => o.Money, b => b.Money),
            (labels.ReviewRisk, o => o.ReviewRisk, b => b.ReviewRisk),
            (labels.WarningRisk, o => o.WarningRisk, b => b.WarningRisk),
            (labels.Rate, o => o.Rate, b => b.Rate),
        ];

        // With one path there is nothing to compare it to: its line says everything.
        var shared = outcomes.Count > 1
            ? aspects.Where(a => outcomes.All(o => a.Full(o) == a.Full(outcomes[0]))).ToList()
            : [];
        var differing = aspects.Except(shared).ToList();
        var lines = outcomes
            .Select(o => new PathLine(o.Option, o.Label, o.Recommended, [.. differing.Select(a => a.Brief(o.Brief))]))
            .ToList();
        return new PathComparison(lines, [.. shared.Select(a => new SharedAspect(a.Label, a.Full(outcomes[0])))]);
    }
}
