using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"Details": the full breakdown of every path, privately, given again from the facts the button carries.</summary>
public sealed class DetailsButton(DataSetProvider data) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Details);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(
        CustomIds.TryParse(request.Data?.CustomId, out _, out _, out _, out var facts)
            && AnswerAgain.From(facts, data, request.Locale) is { } answer
                ? Replies.Message(DiscordAnswerRenderer.Details(answer))
                : Replies.Expired);
}
