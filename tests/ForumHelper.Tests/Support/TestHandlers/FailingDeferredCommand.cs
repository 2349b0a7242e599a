using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>Defers, then fails while building its reply: the pipeline must apologize, once, with an error id.</summary>
internal sealed class FailingDeferredCommand : IRoutedInteractionHandler
{
    public const string Name = "test-fail-later";

    public static InteractionRoute Route { get; } = InteractionRoute.Command(Name) with { Deferral = new Deferral("build the test report", "post the test report") };

    public Task<HandlerReply> HandleAsync(InteractionRequest request) =>
        Task.FromResult(HandlerReply.Defer(_ => throw new InvalidOperationException("the test report cannot be built")));
}
