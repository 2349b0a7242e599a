using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Hosting;

/// <summary>Source-generated JSON for <c>/healthz</c>: its fields' values are text and numbers, so those types are listed.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
