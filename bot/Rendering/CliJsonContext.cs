using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Rendering;

/// <summary>Source-generated JSON for the command-line output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AnswerJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
