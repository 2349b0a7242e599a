using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>A modal whose id prefix is <see cref="PingCommand"/>'s name: another kind, so no clash.</summary>
internal sealed class PingModal : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Modal(PingCommand.Name);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(Replies.Private("form received"));
}
