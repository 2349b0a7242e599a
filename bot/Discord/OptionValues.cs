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
        foreach (var option in options ?? [])
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

    /// <summary>An optional integer option, or null when absent or not a whole number.</summary>
    public static int? Integer(IReadOnlyList<CommandOption>? options, string name)
    {
        var option = options?.FirstOrDefault(o => o.Name == name);
        return option is not null && int.TryParse(Text(option.Value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public static string? String(IReadOnlyList<CommandOption>? options, string name) =>
        options?.FirstOrDefault(o => o.Name == name) is { } option ? Text(option.Value) : null;
}
