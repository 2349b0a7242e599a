using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Discord.Model;

/// <summary>Source-generated JSON for everything exchanged with Discord: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false,
    MaxDepth = 32)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(ModalResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
