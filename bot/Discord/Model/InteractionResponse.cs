namespace ForumHelper.Bot.Discord.Model;

/// <summary>Our answer to an interaction: a callback type and, for messages, the message.</summary>
public sealed record InteractionResponse(int Type, MessagePayload? Data = null);
