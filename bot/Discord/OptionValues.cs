using System.Globalization;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>Turns Discord's typed option values into the <c>name:value</c> pairs the fact binder takes, as the slash-line parser does.</summary>
public static class OptionValues
{
    public static List<KeyValuePair<string, string>> ToPairs(IReadOnlyList<CommandOption>? options)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var option in Given(options))
        {
            pairs.Add(new(option.Name ?? "", Text(option.Value)));
        }

        return pairs;
    }

    /// <summary>Stands for a value that is not text at all, so the member is told it is not valid rather than shown garbage.</summary>
    public const string NotText = "(not valid text)";

    /// <summary>
    /// The value as the member would have typed it. Valid JSON can still hold text nobody could
    /// type (an escaped lone surrogate, bytes that are not UTF-8), which System.Text.Json only
    /// refuses when the value is read; such a value becomes <see cref="NotText"/>, which no option accepts.
    /// </summary>
    public static string Text(JsonElement value)
    {
        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Undefined or JsonValueKind.Null => "",
                _ => value.GetRawText(),
            };
        }
        catch (InvalidOperationException)
        {
            return NotText;
        }
    }

    /// <summary>
    /// An optional integer option: <paramref name="absent"/> when it is not given, and null when it is
    /// given but is not a whole number that fits, so the handler can say what is valid instead of quietly using the default.
    /// </summary>
    public static int? Integer(IReadOnlyList<CommandOption>? options, string name, int absent) =>
        String(options, name) is not { } text ? absent
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : null;

    public static string? String(IReadOnlyList<CommandOption>? options, string name) =>
        Given(options).FirstOrDefault(o => o.Name == name) is { } option ? Text(option.Value) : null;

    // A null entry in the list ("options":[null]) carries neither a name nor a value: there is nothing in it to read.
    private static IEnumerable<CommandOption> Given(IReadOnlyList<CommandOption>? options) => options?.OfType<CommandOption>() ?? [];
}
