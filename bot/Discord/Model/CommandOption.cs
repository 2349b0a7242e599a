using System.Text.Json;

namespace ForumHelper.Bot.Discord.Model;

/// <summary>One option as sent: <see cref="Value"/> is a string, number or boolean; sub-commands nest <see cref="Options"/>.</summary>
public sealed record CommandOption
{
    public string? Name { get; init; }
    public int Type { get; init; }
    public JsonElement Value { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public bool Focused { get; init; }
}
