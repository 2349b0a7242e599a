using System.Text.RegularExpressions;
using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Tests.Support;

/// <summary>
/// What a member reads of a message, as text: content, each embed's title, description, fields and
/// footer, and the buttons' labels, with the markdown markers Discord hides (<c>**</c>, backticks) taken out.
/// </summary>
internal static partial class VisibleText
{
    public static string Of(MessagePayload payload)
    {
        var parts = new List<string?> { payload.Content };
        foreach (var embed in payload.Embeds ?? [])
        {
            parts.Add(embed.Title);
            parts.Add(embed.Description);
            parts.AddRange((embed.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }));
            parts.Add(embed.Footer?.Text);
        }

        parts.AddRange((payload.Components ?? []).SelectMany(row => row.Components ?? []).Select(c => c.Label));
        return Markers().Replace(string.Join("\n", parts.OfType<string>()), "");
    }

    /// <summary>The sentences of a text, for "never the same sentence twice": split after . ! ? and at line breaks; bullets and short labels left out.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text).Select(s => s.Trim().TrimStart('•', '▸', ' ')).Where(s => s.Length >= 25)];

    [GeneratedRegex(@"\*\*|`")]
    private static partial Regex Markers();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceEnd();
}
