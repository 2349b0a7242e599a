namespace ForumHelper.Core.Answers;

/// <summary>
/// Advice in words, ready for any renderer (terminal, JSON, Discord embed): the recommendation,
/// why, what each path does, and the question that would change it.
/// </summary>
public sealed record Answer
{
    /// <summary>How many reasons the first screen shows.</summary>
    public const int MaxKeyPoints = 3;

    /// <summary>The recommended path's key.</summary>
    public required string Recommendation { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>The kind of step recommended, for its symbol and colour.</summary>
    public required PathFamily Family { get; init; }

    /// <summary>What to know before the advice: facts that contradict each other, or a case the table was not built to judge.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>One text per reason, in order.</summary>
    public required IReadOnlyList<string> Points { get; init; }

    /// <summary>
    /// The reasons for the first screen, at most <see cref="MaxKeyPoints"/>: the rule's first two
    /// (a rule lists its reasons most decisive first) and the first note's, which is about the
    /// member's own numbers or situation; the rest wait under "details".
    /// </summary>
    public required IReadOnlyList<string> KeyPoints { get; init; }
    public required IReadOnlyList<OutcomeText> Outcomes { get; init; }

    /// <summary>The paths one line each, saying only what differs, and what they share once.</summary>
    public required PathComparison Comparison { get; init; }

    /// <summary>The dispute in general words, without the member's numbers: set on an answer given again for a channel.</summary>
    public IReadOnlyList<string> Dispute { get; init; } = [];

    /// <summary>The question to ask first, if an answer to it would change the advice.</summary>
    public string? Question { get; init; }

    /// <summary>Further questions that would also change the advice.</summary>
    public required IReadOnlyList<string> MoreQuestions { get; init; }
    public required string Footer { get; init; }
    public required AnswerLabels Labels { get; init; }
}
