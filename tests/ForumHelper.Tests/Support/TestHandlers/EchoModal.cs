using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>A form (modal ids <c>test-form:…</c>) that says back which values it received, sorted by input id.</summary>
internal sealed class EchoModal : IRoutedInteractionHandler
{
    public const string Prefix = "test-form";

    public static InteractionRoute Route { get; } = InteractionRoute.Modal(Prefix);

    public Task<HandlerReply> HandleAsync(InteractionRequest request)
    {
        var values = ModalValues.From(request.Data);
        var said = string.Join("; ", values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        return Task.FromResult<HandlerReply>(Replies.Private($"Received {request.Data?.CustomId}: {said}"));
    }
}
