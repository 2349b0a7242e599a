namespace ForumHelper.Bot.Discord.Model;

/// <summary>Where a component's media comes from: a URL, or <c>attachment://NAME</c> for a file sent with the message.</summary>
public sealed record UnfurledMedia(string Url);
