using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;

namespace ForumHelper.Bot.Commands;

/// <summary>Helpful / Not helpful under an answer: recorded on the case, then the buttons give way to a thank-you.</summary>
public sealed class FeedbackButton(CaseLog log, CaseStorage storage, DataSetProvider data, TimeProvider time) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Feedback);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        if (!CustomIds.TryParse(request.Data?.CustomId, out _, out var caseId, out var choice, out var facts))
        {
            return Replies.Expired;
        }

        var feedback = choice switch
        {
            "helpful" => Feedback.Helpful,
            "not-helpful" => Feedback.NotHelpful,
            _ => (Feedback?)null,
        };

        // Only the member the answer was given to can rate it; anything else is stale or forged.
        // Whichever replica answered, the case is in the shared database by the time a member
        // clicks (it is written within milliseconds); if the database cannot say, the feedback is
        // queued anyway, and its write changes only a case of the clicking member's.
        if (feedback is null || !MayRate(caseId, request.Member))
        {
            return Replies.Expired;
        }

        log.TryEnqueue(new SetFeedback(caseId, request.Member, feedback.Value, time.GetUtcNow()));
        var thanks = feedback == Feedback.Helpful
            ? "Thanks! Glad it helped. Good luck with the order."
            : "Thanks for telling me. The maintainers look at answers marked not helpful to improve them.";
        // The answer stays (embeds left out are left unchanged); only the feedback buttons give way to the thanks.
        return Replies.Update(new MessagePayload
        {
            Content = thanks,
            Components = AnswerAgain.From(facts, data, request.Locale) is { } answer && facts is not null
                ? DiscordAnswerRenderer.Buttons(answer, caseId, facts, request.HasOthersToShowTo)
                : [],
        });
    }

    private bool MayRate(long caseId, string member)
    {
        try
        {
            return storage.Store.Find(caseId)?.Member == member;
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException)
        {
            return true;
        }
    }
}
