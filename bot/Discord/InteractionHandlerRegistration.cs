namespace ForumHelper.Bot.Discord;

/// <summary>One registered handler: its route and its type (resolved from the container).</summary>
public sealed record InteractionHandlerRegistration(InteractionRoute Route, Type HandlerType);
