using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Commands;

/// <summary>"Show in channel": posts the answer publicly, worded without the member's own numbers.</summary>
public sealed class ShareButton(RecentCases recent)
{
    public InteractionResponse Handle(InteractionRequest request, long caseId)
    {
        var recentCase = recent.Find(caseId, request.Member);
        if (recentCase is null)
        {
            return Replies.Expired;
        }

        // Same advice and the same book that worded it (a reload may have changed the current one);
        // only the words leave the member's numbers out.
        return Replies.Message(DiscordAnswerRenderer.Public(recentCase.Render(withoutPersonalNumbers: true)));
    }
}
