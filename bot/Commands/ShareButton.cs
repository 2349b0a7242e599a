using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"Show in channel": posts the answer publicly, worded without the member's own numbers.</summary>
public sealed class ShareButton(DataSetProvider data)
{
    public InteractionResponse Handle(InteractionRequest request, string? facts) =>
        AnswerAgain.From(facts, data, request.Locale, withoutPersonalNumbers: true) is { } answer
            ? Replies.Message(DiscordAnswerRenderer.Public(answer))
            : Replies.Expired;
}
