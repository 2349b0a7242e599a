using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.DataFiles;

namespace ForumHelper.Bot.Commands;

/// <summary>"Show in channel": posts the answer publicly, worded without the member's own numbers.</summary>
public sealed class ShareButton(RecentCases recent, DataSetProvider data)
{
    public InteractionResponse Handle(InteractionRequest request, long caseId)
    {
        var answered = recent.Find(caseId, request.Member);
        if (answered is null)
        {
            return Replies.Expired;
        }

        // Same advice (the member's full facts decided it); only the words leave their numbers out.
        var book = data.Current.Books[DataSet.DefaultLocale];
        return Replies.Message(DiscordAnswerRenderer.Public(book.Render(answered.Advice, withoutPersonalNumbers: true)));
    }
}
