namespace ForumHelper.Bot.Discord.Model;

/// <summary>One picture of a media gallery: <c>attachment://NAME</c> for a file sent with the message, and its alt text.</summary>
public sealed record MediaGalleryItem(UnfurledMedia Media, string? Description = null);
