namespace ForumHelper.Bot.Discord.Model;

/// <summary>The <c>data</c> of an autocomplete result (callback type 8): at most 25 choices.</summary>
public sealed record AutocompleteChoices(IReadOnlyList<CommandChoice> Choices)
{
    /// <summary>Discord's limit of choices in one result.</summary>
    public const int MaxChoices = 25;
}
