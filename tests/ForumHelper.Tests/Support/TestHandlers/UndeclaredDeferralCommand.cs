using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>Defers although its route declares no deferral: a programming error the pipeline reports like any failure.</summary>
internal sealed class UndeclaredDeferralCommand : IRoutedInteractionHandler
{
    public const string Name = "test-undeclared-deferral";

    public static InteractionRoute Route { get; } = InteractionRoute.Command(Name);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) =>
        Task.FromResult(HandlerReply.Defer(_ => Task.FromResult(new DeferredReply(new() { Content = "never sent" }, []))));
}
