namespace ForumHelper.Bot.Discord.Model;

/// <summary>One option of a radio group (in a modal) or a string select (in a message).</summary>
public sealed record ChoiceOption(string Label, string Value)
{
    public string? Description { get; init; }

    /// <summary>Pre-selected; left out (null) rather than false, as Discord's own payloads do.</summary>
    public bool? Default { get; init; }
}
