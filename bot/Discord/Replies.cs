using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>The short replies every handler may give, always private and never pinging anyone.</summary>
public static class Replies
{
    public static InteractionResponse Private(string text) =>
        new(CallbackType.ChannelMessage, new MessagePayload { Content = text, Flags = MessagePayload.EphemeralFlag });

    public static InteractionResponse Message(MessagePayload payload) => new(CallbackType.ChannelMessage, payload);

    /// <summary>Replaces the message a button sits on (e.g. "thanks" after feedback).</summary>
    public static InteractionResponse Update(MessagePayload payload) => new(CallbackType.UpdateMessage, payload);

    /// <summary>An autocomplete result: Discord accepts nothing else in answer to one.</summary>
    public static InteractionResponse Suggestions(IEnumerable<CommandChoice> choices) =>
        new(CallbackType.AutocompleteResult) { Choices = new AutocompleteChoices([.. choices.Take(AutocompleteChoices.MaxChoices)]) };

    /// <summary>Opens a form: allowed only as the first answer to a command or a button, never to a modal submit.</summary>
    public static InteractionResponse Form(ModalData modal) => new(CallbackType.Modal) { Modal = modal };

    /// <summary>No suggestions: the answer to an autocomplete the bot cannot help with.</summary>
    public static readonly InteractionResponse NoSuggestions = Suggestions([]);

    public static readonly InteractionResponse Expired =
        Private("This answer has expired. Ask again with `/cancel-advice` and I'll answer afresh.");
}
