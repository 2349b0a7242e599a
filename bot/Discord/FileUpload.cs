namespace ForumHelper.Bot.Discord;

/// <summary>A file sent with a message as the multipart part <c>files[n]</c>, e.g. a PNG chart.</summary>
/// <param name="FileName">The name members see, and what <c>attachment://FileName</c> in an embed refers to.</param>
/// <param name="ContentType">The MIME type, e.g. <c>image/png</c>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Description">Alt text (at most 1024 characters); null for none.</param>
public sealed record FileUpload(string FileName, string ContentType, byte[] Content, string? Description = null);
