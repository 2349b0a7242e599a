namespace ForumHelper.Bot.Discord;

/// <summary>
/// A handler that declares what it answers, so registering it is one line
/// (<c>services.AddInteractionHandler&lt;T&gt;()</c>) and a clash is found when the services are
/// composed, before the endpoint listens.
/// </summary>
public interface IRoutedInteractionHandler : IInteractionHandler
{
    static abstract InteractionRoute Route { get; }
}
