using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>What replaces a deferred "thinking…": the message, and any files it refers to.</summary>
public sealed record DeferredReply(MessagePayload Payload, IReadOnlyList<FileUpload> Files);
