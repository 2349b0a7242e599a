using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"What if I decline?": the same answer, seen from another path.</summary>
public sealed class WhatIfButton(RecentCases recent)
{
    public InteractionResponse Handle(InteractionRequest request, long caseId, string? path)
    {
        var answered = recent.Find(caseId, request.Member)?.Answered;
        var outcome = answered?.Answer.Outcomes.FirstOrDefault(o => o.Option == path && !o.Recommended);
        return answered is null || outcome is null
            ? Replies.Expired
            : Replies.Message(DiscordAnswerRenderer.WhatIf(answered.Answer, outcome));
    }
}
