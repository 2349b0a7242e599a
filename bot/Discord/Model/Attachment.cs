namespace ForumHelper.Bot.Discord.Model;

/// <summary>A file sent with a message: <see cref="Id"/> matches the multipart part <c>files[Id]</c>.</summary>
public sealed record Attachment(int Id, string Filename, string? Description = null);
