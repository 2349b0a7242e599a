using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"What if I decline?": the same answer, seen from another path.</summary>
public sealed class WhatIfButton(DataSetProvider data)
{
    public InteractionResponse Handle(InteractionRequest request, string? path, string? facts)
    {
        var answer = AnswerAgain.From(facts, data, request.Locale);
        var outcome = answer?.Outcomes.FirstOrDefault(o => o.Option == path && !o.Recommended);
        return answer is null || outcome is null
            ? Replies.Expired
            : Replies.Message(DiscordAnswerRenderer.WhatIf(answer, outcome));
    }
}
