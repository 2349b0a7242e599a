using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// The describe form, submitted: the text read into facts and merged with the choices (one core
/// call), then the answer or the one step that is still missing. The text is used here and dropped:
/// it is never logged, stored or put in an id.
/// </summary>
public sealed class DescribeSubmit(DataSetProvider data, AdviceService advice, DescribedAnswer answer) : IRoutedInteractionHandler
{
    /// <summary>Rate limited per member, as every route but autocomplete is: each answer is logged as a case.</summary>
    public static InteractionRoute Route { get; } = InteractionRoute.Modal(CustomIds.Describe) ;

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        var id = request.Data?.CustomId ?? "";
        if (!id.StartsWith(CustomIds.Describe + ":", StringComparison.Ordinal) || !ChosenFactsCode.TryDecode(id[(CustomIds.Describe.Length + 1)..], out var typed))
        {
            return Replies.Expired;
        }

        var submitted = ModalValues.From(request.Data);
        var chosen = new Dictionary<string, int>(typed, StringComparer.Ordinal);
        foreach (var (name, code) in DescribeForm.Choices(submitted))
        {
            chosen[name] = code;
        }

        var text = submitted.GetValueOrDefault(DescribeForm.TextId) ?? "";
        var understood = advice.Understand(data.Current, text.Length <= DescribeForm.MaxText ? text : text[..DescribeForm.MaxText], chosen);
        return understood.IsSuccess
            ? answer.Reply(request, chosen, understood.Value.Combined, replace: false)
            : DescribedAnswer.Refused(understood.Problems);
    }
}
