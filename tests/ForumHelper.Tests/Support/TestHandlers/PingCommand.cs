using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>A command the bot does not have: one class, and one line in a test's services, make it answer.</summary>
internal sealed class PingCommand : IRoutedInteractionHandler
{
    public const string Name = "test-ping";

    public static InteractionRoute Route { get; } = InteractionRoute.Command(Name);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(Replies.Private("pong"));
}
