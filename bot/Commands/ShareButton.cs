using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"Show in channel": posts the answer publicly, worded without the member's own numbers.</summary>
public sealed class ShareButton(DataSetProvider data) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Share);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(
        CustomIds.TryParse(request.Data?.CustomId, out _, out _, out _, out var facts)
            && AnswerAgain.From(facts, data, request.Locale, withoutPersonalNumbers: true) is { } answer
                ? Replies.Message(DiscordAnswerRenderer.Public(answer))
                : Replies.Expired);
}
