namespace ForumHelper.Core.Answers;

/// <summary>The answer's headings and labels, from the answer book, so renderers hold no wording of their own.</summary>
public sealed record AnswerLabels
{
    public required string Why { get; init; }
    public required string Paths { get; init; }
    public required string Recommended { get; init; }
    public required string Rate { get; init; }
    public required string ReviewRisk { get; init; }
    public required string WarningRisk { get; init; }
    public required string Money { get; init; }
    public required string Question { get; init; }
    public required string MoreQuestions { get; init; }

    /// <summary>Said first when the case is one the table was not built to judge.</summary>
    public required string Uncertain { get; init; }

    /// <summary>Heads what every path has in common, said once.</summary>
    public required string EveryPath { get; init; }

    /// <summary>Heads the dispute in general words, above an answer shown in a channel.</summary>
    public required string Dispute { get; init; }

    /// <summary>Heads the full breakdown of every path.</summary>
    public required string Details { get; init; }
}
