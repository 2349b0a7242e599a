using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Discord.Model;

/// <summary>Our answer to an interaction: a callback type and, for messages, the message; for autocomplete, the choices.</summary>
public sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    /// <summary>The suggestions of an autocomplete result; written as its <c>data</c> (see <see cref="AutocompleteResponse"/>).</summary>
    [JsonIgnore]
    public AutocompleteChoices? Choices { get; init; }

    /// <summary>The form of a modal callback; written as its <c>data</c> (see <see cref="ModalResponse"/>).</summary>
    [JsonIgnore]
    public ModalData? Modal { get; init; }
}
