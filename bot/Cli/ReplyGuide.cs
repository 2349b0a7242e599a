using System.Globalization;
using System.Text;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// Under a reply <c>send-sample</c> printed: what a member would see, in one line, and the
/// <c>send-sample</c> options that press each of its buttons, pick in each select, or submit its form.
/// </summary>
internal static class ReplyGuide
{
    private const int MaxLabel = 32;

    /// <summary>The callback type of an interaction reply, or null for a body that is not one.</summary>
    public static int? TypeOf(JsonElement reply) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty("type", out var type) && type.TryGetInt32(out var number) ? number : null;

    /// <summary>Writes the one-line summary of an interaction reply, then how to go on from it.</summary>
    public static void WriteReply(JsonElement reply, TextWriter output)
    {
        var data = reply.TryGetProperty("data", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        switch (TypeOf(reply))
        {
            case CallbackType.Pong:
                output.WriteLine("PONG: the endpoint is up, and it accepted the development key's signature.");
                break;
            case CallbackType.ChannelMessage:
                output.WriteLine(IsPrivate(data) ? "A private reply: only the member who sent it sees it." : "A public message: everyone in the channel sees it.");
                WriteComponents(data, output);
                break;
            case CallbackType.DeferredChannelMessage:
                output.WriteLine("Deferred: the member sees \"ForumHelper is thinking…\" (privately) until the bot fills the reply in.");
                break;
            case CallbackType.UpdateMessage:
                output.WriteLine("The message the button or select is on is replaced with this.");
                WriteComponents(data, output);
                break;
            case CallbackType.Modal:
                WriteForm(data, output);
                break;
            default:
                output.WriteLine("Not a reply Discord would take from an interactions endpoint.");
                break;
        }
    }

    /// <summary>Writes how to go on from a message the bot sent later (a deferred reply filled in).</summary>
    public static void WriteMessage(JsonElement message, TextWriter output) =>
        WriteComponents(message.ValueKind == JsonValueKind.Object ? message : default, output);

    private static bool IsPrivate(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var flags) && flags.TryGetInt32(out var bits) && (bits & MessagePayload.EphemeralFlag) != 0;

    private static void WriteComponents(JsonElement message, TextWriter output)
    {
        var next = new List<(string Label, string Options)>();
        foreach (var component in Nested(message))
        {
            var type = Int(component, "type");
            if (Text(component, "custom_id") is not { } id)
            {
                continue;
            }

            if (type == Component.ButtonType)
            {
                next.Add((Text(component, "label") ?? "(button)", "--button " + ShellWord(id)));
            }
            else if (type == Component.StringSelectType)
            {
                var values = Options(component).Select(o => o.Value).ToList();
                var others = values.Count > 1 ? $"   (or {string.Join(", ", values.Skip(1))})" : "";
                next.Add((Text(component, "placeholder") ?? "(select)", $"--select {ShellWord(id)} --value {ShellWord(values.FirstOrDefault() ?? "VALUE")}{others}"));
            }
        }

        if (next.Count == 0)
        {
            return;
        }

        output.WriteLine("To press a button or pick in a select, run send-sample again with:");
        var width = Math.Min(MaxLabel, next.Max(n => n.Label.Length));
        foreach (var (label, options) in next)
        {
            output.WriteLine($"  {Shorten(label).PadRight(width)}  {options}");
        }
    }

    private static void WriteForm(JsonElement modal, TextWriter output)
    {
        output.WriteLine($"A form opens: \"{Text(modal, "title")}\".");
        if (Text(modal, "custom_id") is not { } id)
        {
            return;
        }

        var fields = new List<(string Id, string Label, string Valid, string? Example)>();
        foreach (var component in Nested(modal))
        {
            if (Text(component, "custom_id") is not { } field)
            {
                continue;
            }

            var label = Text(component, "label") ?? "";
            if (Int(component, "type") == ModalComponent.TextInputType)
            {
                var placeholder = Text(component, "placeholder");
                var example = placeholder is not null && placeholder.StartsWith("e.g. ", StringComparison.Ordinal) ? placeholder[5..] : placeholder;
                var limit = Int(component, "max_length") is { } max ? $", up to {max.ToString(CultureInfo.InvariantCulture)} characters" : "";
                fields.Add((field, label, $"(text{limit})", example));
            }
            else
            {
                var options = Options(component);
                var chosen = options.FirstOrDefault(o => o.Default).Value;
                fields.Add((field, label, $"({string.Join(", ", options.Select(o => o.Value))})", chosen));
            }
        }

        var line = new StringBuilder("  --modal ").Append(ShellWord(id));
        foreach (var (field, _, _, example) in fields.Where(f => f.Example is not null))
        {
            line.Append(" --field ").Append(ShellWord(field + "=" + example));
        }

        output.WriteLine("To submit it, run send-sample again with (each --field is optional):");
        output.WriteLine(line.ToString());
        output.WriteLine("Its fields:");
        var width = fields.Count == 0 ? 0 : fields.Max(f => f.Id.Length);
        foreach (var (field, label, valid, _) in fields)
        {
            output.WriteLine($"  {field.PadRight(width)}  {label} {valid}");
        }
    }

    /// <summary>Every component inside <paramref name="parent"/>: rows' and labels' children, depth first.</summary>
    private static IEnumerable<JsonElement> Nested(JsonElement parent)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (parent.TryGetProperty("component", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            yield return WithLabel(single, parent);
        }

        if (parent.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                yield return child;
                foreach (var nested in Nested(child))
                {
                    yield return nested;
                }
            }
        }
    }

    // An input inside a Label has its label on the Label: carried over so the input can be named.
    private static JsonElement WithLabel(JsonElement input, JsonElement label)
    {
        if (Text(label, "label") is not { } text || input.TryGetProperty("label", out _))
        {
            return input;
        }

        var copy = System.Text.Json.Nodes.JsonNode.Parse(input.GetRawText())!.AsObject();
        copy["label"] = text;
        return JsonDocument.Parse(copy.ToJsonString()).RootElement.Clone();
    }

    private static List<(string Value, bool Default)> Options(JsonElement component) =>
        component.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? [.. options.EnumerateArray().Select(o => (Text(o, "value") ?? "", o.TryGetProperty("default", out var d) && d.ValueKind == JsonValueKind.True))]
            : [];

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";

    /// <summary>The word as a POSIX shell reads it back: bare when it has only safe characters, else in double quotes.</summary>
    public static string ShellWord(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_' or '.' or '=' or ',' or '/' or '@'))
        {
            return word;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in word)
        {
            if (c is '"' or '\\' or '$' or '`')
            {
                quoted.Append('\\');
            }

            quoted.Append(c);
        }

        return quoted.Append('"').ToString();
    }
}
