using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Bot.Commands;

/// <summary><c>/forget-me</c>: asks for confirmation first; the buttons carry no id, since the clicker is the one forgotten.</summary>
public sealed class ForgetMeCommand : IRoutedInteractionHandler
{
    public const string Confirm = CustomIds.Forget + ":confirm";
    public const string Cancel = CustomIds.Forget + ":cancel";

    public static InteractionRoute Route { get; } = InteractionRoute.Command(CommandNames.ForgetMe);

    private static readonly InteractionResponse Question = Replies.Message(new MessagePayload
    {
        Content = "This deletes every case ForumHelper has logged for you (your questions and feedback, stored without your name). It cannot be undone. Go ahead?",
        Components =
        [
            Component.Row(
                Component.Button(ButtonStyle.Danger, "Delete my cases", Confirm),
                Component.Button(ButtonStyle.Secondary, "Keep them", Cancel)),
        ],
        Flags = MessagePayload.EphemeralFlag,
    });

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult<HandlerReply>(Question);
}
