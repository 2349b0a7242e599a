using System.Text.Json;

namespace ForumHelper.Bot.Discord;

/// <summary>Discord's JSON error body: <c>{code, message, errors: {path: {_errors: [{code, message}]}}}</c>.</summary>
internal sealed record DiscordError(int? Code, string? Message, string? FirstFieldError)
{
    /// <summary>", code 50035 Invalid Form Body", or nothing when Discord sent no code.</summary>
    public string Suffix => Code is null ? "" : $", code {Code}" + (string.IsNullOrWhiteSpace(Message) ? "" : " " + Message);

    /// <summary>": options.0.name: Must be between 1 and 32 in length.", or nothing.</summary>
    public string Detail => FirstFieldError is null ? "" : ": " + FirstFieldError;

    public static DiscordError Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, null, null);
            }

            int? code = root.TryGetProperty("code", out var codeValue) && codeValue.TryGetInt32(out var number) ? number : null;
            var message = root.TryGetProperty("message", out var messageValue) && messageValue.ValueKind == JsonValueKind.String ? messageValue.GetString() : null;
            var field = root.TryGetProperty("errors", out var errors) ? FirstError(errors, "") : null;
            return new(code, message, field);
        }
        catch (JsonException)
        {
            return new(null, null, null);
        }
    }

    private static string? FirstError(JsonElement node, string path)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                var first = property.Value.EnumerateArray().FirstOrDefault();
                var text = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() : null;
                return (path.Length == 0 ? "" : path + ": ") + (text ?? "invalid");
            }

            var nested = FirstError(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name);
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }
}
