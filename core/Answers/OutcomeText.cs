namespace ForumHelper.Core.Answers;

/// <summary>One path's consequences in words, one line per aspect.</summary>
public sealed record OutcomeText
{
    public required string Option { get; init; }
    public required string Label { get; init; }

    /// <summary>The path's title and summary, for showing it on its own ("what if I decline?").</summary>
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required bool Recommended { get; init; }
    public required string Rate { get; init; }
    public required string ReviewRisk { get; init; }
    public required string WarningRisk { get; init; }
    public required string Money { get; init; }

    /// <summary>The same four aspects in a few words each, for the one-line comparison.</summary>
    public required OutcomeBrief Brief { get; init; }
}
