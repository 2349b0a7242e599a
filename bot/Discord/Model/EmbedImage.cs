namespace ForumHelper.Bot.Discord.Model;

/// <summary>An embed's image, e.g. <c>attachment://chart.png</c>.</summary>
public sealed record EmbedImage(string Url);
