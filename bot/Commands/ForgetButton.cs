using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Cases;

namespace ForumHelper.Bot.Commands;

/// <summary>The answer to <c>/forget-me</c>'s question: delete the clicker's cases and say how many, or keep them.</summary>
public sealed class ForgetButton(CaseStorage storage)
{
    public InteractionResponse Handle(InteractionRequest request, string customId)
    {
        if (customId == ForgetMeCommand.Cancel)
        {
            return Done("Nothing was deleted.");
        }

        var deleted = storage.Store.ForgetMember(request.Member);
        return Done(deleted switch
        {
            0 => "There was nothing to delete: no cases are logged for you.",
            1 => "Done: deleted 1 case.",
            _ => $"Done: deleted {deleted} cases.",
        });
    }

    private static InteractionResponse Done(string text) =>
        Replies.Update(new MessagePayload { Content = text, Components = [], Flags = MessagePayload.EphemeralFlag });
}
