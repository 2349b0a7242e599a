using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>"Not quite right": the describe form again, with the member's choices pre-selected (<c>redo:CHOSEN</c>).</summary>
public sealed class RedoButton(DataSetProvider data) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.Redo);

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        var id = request.Data?.CustomId ?? "";
        return id.StartsWith(CustomIds.Redo + ":", StringComparison.Ordinal) && ChosenFactsCode.TryDecode(id[(CustomIds.Redo.Length + 1)..], out var chosen)
            ? Replies.Form(DescribeForm.For(chosen, data.Current))
            : Replies.Expired;
    }
}
