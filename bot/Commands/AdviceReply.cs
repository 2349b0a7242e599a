using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// The one way a question with its facts becomes the member's private answer, whether it was typed
/// as options or described in a form: advise (one core call), log the case, put the facts in the
/// buttons, render.
/// </summary>
public sealed class AdviceReply(DataSetProvider data, CaseLog log, AdviceService advice)
{
    /// <param name="request">The interaction being answered.</param>
    /// <param name="facts">The dispute's facts.</param>
    /// <param name="readAs">For a described question: "I read this as…", put before the advice.</param>
    /// <param name="redo">For a described question: the choices "Not quite right" reopens the form with.</param>
    public MessagePayload Private(InteractionRequest request, DisputeFacts facts, string? readAs = null, string? redo = null)
    {
        var (answered, record) = advice.Advise(data.Current, facts, AnswerAgain.Language(request.Locale), new CaseAsker(request.Member, request.Server, Transport.Discord, request.CaseId));
        log.TryEnqueue(new InsertCase(record));
        var factsCode = DisputeFactsCode.Encode(answered.Advice.Facts, answered.Advice.Today);
        return DiscordAnswerRenderer.Private(answered.Answer, record.Id, factsCode, request.HasOthersToShowTo, readAs, redo);
    }
}
