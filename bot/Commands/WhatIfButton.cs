using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"What if I decline?": the same answer, seen from another path.</summary>
public sealed class WhatIfButton(DataSetProvider data) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.WhatIf);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        if (!CustomIds.TryParse(request.Data?.CustomId, out _, out _, out var path, out var facts))
        {
            return Replies.Expired;
        }

        var answer = AnswerAgain.From(facts, data, request.Locale);
        var outcome = answer?.Outcomes.FirstOrDefault(o => o.Option == path && !o.Recommended);
        return answer is null || outcome is null
            ? Replies.Expired
            : Replies.Message(DiscordAnswerRenderer.WhatIf(answer, outcome));
    }
}
