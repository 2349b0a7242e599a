using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// The answer to <c>/forget-me</c>'s question: delete the clicker's cases (through the case log, so
/// none still queued survives) and say how many, or keep them.
/// </summary>
public sealed class ForgetButton(CaseLog log) : IRoutedInteractionHandler
{
    // Well inside Discord's 3 seconds; a busy database gets a "shortly" instead of a timeout.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Forget);

    public async Task<HandlerReply> HandleAsync(InteractionRequest request)
    {
        var customId = request.Data?.CustomId;
        if (customId is not (ForgetMeCommand.Confirm or ForgetMeCommand.Cancel))
        {
            return Replies.Expired;
        }

        if (customId == ForgetMeCommand.Cancel)
        {
            return Done("Nothing was deleted.");
        }

        var forget = new ForgetMember(request.Member);
        if (!log.TryEnqueue(forget))
        {
            return Done("Sorry, I am too busy to do that right now. Please try `/forget-me` again in a minute.");
        }

        try
        {
            var deleted = await forget.Deleted.Task.WaitAsync(Wait).ConfigureAwait(false);
            return Done(deleted switch
            {
                0 => "There was nothing to delete: no cases are logged for you.",
                1 => "Done: deleted 1 case.",
                _ => $"Done: deleted {deleted} cases.",
            });
        }
        catch (TimeoutException)
        {
            return Done("Your cases are being deleted; the database is busy, so it may take a minute.");
        }
    }

    private static InteractionResponse Done(string text) =>
        Replies.Update(new MessagePayload { Content = text, Components = [], Flags = MessagePayload.EphemeralFlag });
}
