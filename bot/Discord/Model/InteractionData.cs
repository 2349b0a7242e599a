namespace ForumHelper.Bot.Discord.Model;

/// <summary>The <c>data</c> of a command (name, options) or of a component click (custom id).</summary>
public sealed record InteractionData
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public int Type { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public string? CustomId { get; init; }
    public int ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}
