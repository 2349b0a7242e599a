using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"What if I decline?": the same answer, seen from another path.</summary>
public sealed class WhatIfButton(RecentCases recent)
{
    public InteractionResponse Handle(InteractionRequest request, long caseId, string? path)
    {
        var answer = recent.Find(caseId, request.Member)?.Render();
        var outcome = answer?.Outcomes.FirstOrDefault(o => o.Option == path && !o.Recommended);
        return answer is null || outcome is null
            ? Replies.Expired
            : Replies.Message(DiscordAnswerRenderer.WhatIf(answer, outcome));
    }
}
