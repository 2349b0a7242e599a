namespace ForumHelper.Core.Answers;

/// <summary>One path's consequences in words, one line per aspect.</summary>
public sealed record OutcomeText
{
    public required string Option { get; init; }
    public required string Label { get; init; }
    public required bool Recommended { get; init; }
    public required string Rate { get; init; }
    public required string ReviewRisk { get; init; }
    public required string WarningRisk { get; init; }
    public required string Money { get; init; }
}
