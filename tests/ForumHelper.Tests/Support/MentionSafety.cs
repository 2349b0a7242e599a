using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ForumHelper.Tests.Support;

/// <summary>
/// The mention rules every message ForumHelper sends must keep, checked on every reply the tests see:
/// <c>allowed_mentions.parse</c> is present and empty, and no text holds a live mention outside a
/// code span: not <c>@everyone</c> or <c>@here</c> (a zero-width space also makes those inert), and
/// none of the <c>&lt;@123&gt;</c>, <c>&lt;@!123&gt;</c>, <c>&lt;@&amp;123&gt;</c>, <c>&lt;#123&gt;</c>
/// or <c>&lt;/name:123&gt;</c> forms. ForumHelper's own texts hold no mentions, so any such text is an
/// echo of what someone typed; even when it pings nobody, Discord would show it as a highlighted mention.
/// </summary>
internal static partial class MentionSafety
{
    /// <summary>Checks an interaction callback body (<c>{type, data}</c>); messages are types 4, 5 and 7.</summary>
    public static void AssertCallbackSafe(JsonNode? callback)
    {
        if (callback is not JsonObject body)
        {
            return;
        }

        AssertNoLiveMention(body);
        var type = body["type"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : 0;
        if (type is 4 or 5 or 7 && body["data"] is JsonObject message)
        {
            AssertMessageSafe(message);
        }
    }

    /// <summary>Checks one message body (a callback's <c>data</c>, or an edit's <c>payload_json</c>).</summary>
    public static void AssertMessageSafe(JsonNode? message)
    {
        var parse = Assert.IsType<JsonArray>(message?["allowed_mentions"]?["parse"]);
        Assert.Empty(parse);
        AssertNoLiveMention(message);
    }

    /// <summary>Every string value anywhere in the JSON, depth first.</summary>
    public static IEnumerable<string> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    foreach (var text in Strings(child))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var text in Strings(child))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }

    private static void AssertNoLiveMention(JsonNode? node)
    {
        foreach (var text in Strings(node))
        {
            var outsideCode = CodeSpan().Replace(text, "");
            Assert.False(LiveMassMention().IsMatch(outsideCode), $"unescaped @everyone/@here in: {text}");
            Assert.False(LiveMention().IsMatch(outsideCode), $"a user, role, channel or command mention outside a code span in: {text}");
        }
    }

    [GeneratedRegex("```.*?```|`[^`]*`", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<!\u200B)@(everyone|here)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiveMassMention();

    [GeneratedRegex(@"<(@[!&]?|#)\d+>|</[^\s<>:]+:\d+>")]
    private static partial Regex LiveMention();
}
