namespace ForumHelper.Bot.Discord.Model;

/// <summary>
/// A component of a submitted modal: an action row (<see cref="Components"/>) or a label
/// (<see cref="Component"/>) around a text input (<see cref="Value"/>) or a select (<see cref="Values"/>).
/// </summary>
public sealed record SubmittedComponent
{
    public int Type { get; init; }
    public string? CustomId { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<SubmittedComponent>? Components { get; init; }
    public SubmittedComponent? Component { get; init; }
}
