using System.Text.Json;

namespace ForumHelper.Bot.Discord.Model;

/// <summary>The <c>data</c> of a command or autocomplete (name, options), a component click (custom id) or a modal submit (custom id, components).</summary>
public sealed record InteractionData
{
    /// <summary>A snowflake string for commands, a number for components (their numeric id); unused, so kept as sent.</summary>
    public JsonElement Id { get; init; }
    public string? Name { get; init; }
    public int Type { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public string? CustomId { get; init; }
    public int ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>A submitted modal's rows and labels, holding the values entered.</summary>
    public IReadOnlyList<SubmittedComponent>? Components { get; init; }
}
