using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;

namespace ForumHelper.Bot.Commands;

/// <summary>Helpful / Not helpful under an answer: recorded on the case, then the buttons give way to a thank-you.</summary>
public sealed class FeedbackButton(CaseLog log, RecentCases recent, CaseStorage storage)
{
    public InteractionResponse Handle(InteractionRequest request, long caseId, string? choice)
    {
        var feedback = choice switch
        {
            "helpful" => Feedback.Helpful,
            "not-helpful" => Feedback.NotHelpful,
            _ => (Feedback?)null,
        };

        // Only the member the answer was given to can rate it; anything else is stale or forged.
        var recentCase = recent.Find(caseId, request.Member);
        var known = recentCase is not null || storage.Store.Find(caseId)?.Member == request.Member;
        if (feedback is null || !known)
        {
            return Replies.Expired;
        }

        log.TryEnqueue(new SetFeedback(caseId, request.Member, feedback.Value));
        var thanks = feedback == Feedback.Helpful
            ? "Thanks! Glad it helped. Good luck with the order."
            : "Thanks for telling me. The maintainers look at answers marked not helpful to improve them.";
        // The answer stays (embeds left out are left unchanged); only the feedback buttons give way to the thanks.
        return Replies.Update(new MessagePayload
        {
            Content = thanks,
            Components = recentCase is null ? [] : DiscordAnswerRenderer.Buttons(recentCase.Render(), caseId, withFeedback: false),
        });
    }
}
