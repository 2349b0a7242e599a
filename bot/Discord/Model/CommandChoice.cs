namespace ForumHelper.Bot.Discord.Model;

/// <summary>A fixed choice of a string option: the display name and the wire value.</summary>
public sealed record CommandChoice(string Name, string Value);
