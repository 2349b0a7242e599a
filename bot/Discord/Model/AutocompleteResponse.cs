namespace ForumHelper.Bot.Discord.Model;

/// <summary>The wire form of an autocomplete result: its <c>data</c> is choices, not a message.</summary>
public sealed record AutocompleteResponse(int Type, AutocompleteChoices Data);
