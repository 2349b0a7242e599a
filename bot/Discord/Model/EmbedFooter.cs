namespace ForumHelper.Bot.Discord.Model;

/// <summary>An embed's footer line.</summary>
public sealed record EmbedFooter(string Text);
