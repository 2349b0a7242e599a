using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Rendering;

/// <summary>Source-generated JSON for <c>stats --format json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StatsJson))]
internal sealed partial class StatsJsonContext : JsonSerializerContext;
