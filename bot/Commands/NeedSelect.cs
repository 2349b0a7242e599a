using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// A follow-up select for a fact the description left out (<c>need:FACT:KNOWN</c>): the pick is
/// added to what is known, and the message becomes the answer, or the select for what is still missing.
/// </summary>
public sealed class NeedSelect(DataSetProvider data, AdviceService advice, DescribedAnswer answer) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Need) ;

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        var parts = (request.Data?.CustomId ?? "").Split(':');
        var fact = parts.Length == 3 ? FactCatalog.Find(parts[1]) : null;
        var picked = request.Data?.Values is [var value] ? value : null;
        if (parts is not [CustomIds.Need, _, _] || fact is null || picked is null
            || !ChosenFactsCode.TryDecode(parts[2], out var known)
            || FactBinder.ParseValue(fact, picked) is not { IsSuccess: true } parsed)
        {
            return Replies.Expired;
        }

        var chosen = new Dictionary<string, int>(known, StringComparer.Ordinal) { [fact.Name] = parsed.Value };
        var understood = advice.Understand(data.Current, "", chosen);
        return understood.IsSuccess
            ? answer.Reply(request, chosen, understood.Value.Combined, replace: true)
            : DescribedAnswer.Refused(understood.Problems);
    }
}
