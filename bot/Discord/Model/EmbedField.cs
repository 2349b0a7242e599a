namespace ForumHelper.Bot.Discord.Model;

/// <summary>A titled block of an embed.</summary>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
