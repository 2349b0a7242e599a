namespace ForumHelper.Bot.Discord;

/// <summary>The log category of the interactions endpoint.</summary>
public sealed class InteractionDispatcherLog;
