using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Rendering;

/// <summary>Source-generated JSON for the command-line output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AnswerJson))]
// The values of `understood`: a choice's wire name, a number, or true/false.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
