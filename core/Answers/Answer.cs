namespace ForumHelper.Core.Answers;

/// <summary>
/// Advice in words, ready for any renderer (terminal, JSON, Discord embed): the recommendation,
/// why, what each path does, and the question that would change it.
/// </summary>
public sealed record Answer
{
    /// <summary>The recommended path's key.</summary>
    public required string Recommendation { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>What to know before the advice: facts that contradict each other, or a case the table was not built to judge.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>One text per reason, in order.</summary>
    public required IReadOnlyList<string> Points { get; init; }
    public required IReadOnlyList<OutcomeText> Outcomes { get; init; }

    /// <summary>The question to ask first, if an answer to it would change the advice.</summary>
    public string? Question { get; init; }

    /// <summary>Further questions that would also change the advice.</summary>
    public required IReadOnlyList<string> MoreQuestions { get; init; }
    public required string Footer { get; init; }
    public required AnswerLabels Labels { get; init; }
}
