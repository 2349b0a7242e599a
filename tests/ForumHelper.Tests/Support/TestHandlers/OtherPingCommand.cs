using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>Claims <see cref="PingCommand"/>'s name: registering both must fail.</summary>
internal sealed class OtherPingCommand : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Command(PingCommand.Name);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(Replies.Private("pong too"));
}
