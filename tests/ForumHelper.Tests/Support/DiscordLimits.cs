using System.Text.Json.Nodes;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits), which the spec's schemas only partly encode (not the
/// 6000-character total, say): a message over any of them is refused by Discord, so the member sees
/// "interaction failed". Checked on every message reply the tests see.
/// </summary>
internal static class DiscordLimits
{
    public static void AssertCallbackWithinLimits(JsonNode? callback)
    {
        if (callback?["data"] is JsonObject message && callback["type"] is JsonValue type && type.GetValue<int>() is 4 or 7)
        {
            AssertMessageWithinLimits(message);
        }
    }

    public static void AssertMessageWithinLimits(JsonObject message)
    {
        var flags = message["flags"]?.GetValue<int>() ?? 0;
        if ((flags & ComponentsV2) != 0)
        {
            AssertComponentsV2WithinLimits(message);
            return;
        }

        Assert.True(Length(message["content"]) <= 2000, $"content of {Length(message["content"])} characters, over 2000");
        var embeds = message["embeds"] as JsonArray ?? [];
        Assert.True(embeds.Count <= 10, "more than 10 embeds");
        var total = 0;
        foreach (var embed in embeds)
        {
            var fields = embed?["fields"] as JsonArray ?? [];
            Assert.True(Length(embed?["title"]) <= 256, "embed title over 256");
            Assert.True(Length(embed?["description"]) <= 4096, "embed description over 4096");
            Assert.True(fields.Count <= 25, "more than 25 fields");
            Assert.True(Length(embed?["footer"]?["text"]) <= 2048, "footer over 2048");
            total += Length(embed?["title"]) + Length(embed?["description"]) + Length(embed?["footer"]?["text"]) + Length(embed?["author"]?["name"]);
            foreach (var field in fields)
            {
                Assert.True(Length(field?["name"]) is >= 1 and <= 256, "field name empty or over 256");
                Assert.True(Length(field?["value"]) is >= 1 and <= 1024, "field value empty or over 1024");
                total += Length(field?["name"]) + Length(field?["value"]);
            }
        }

        Assert.True(total <= 6000, $"embeds total {total} characters, over 6000");
        var rows = message["components"] as JsonArray ?? [];
        Assert.True(rows.Count <= 5, "more than 5 action rows");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Assert.Equal(1, row?["type"]?.GetValue<int>());
            var buttons = row?["components"] as JsonArray ?? [];
            Assert.True(buttons.Count is >= 1 and <= 5, "an action row holds 1–5 buttons");
            foreach (var button in buttons)
            {
                var id = button?["custom_id"]?.GetValue<string>() ?? "";
                Assert.True(id.Length is >= 1 and <= 100, $"custom_id `{id}` not 1–100 characters");
                Assert.True(ids.Add(id), $"custom_id `{id}` twice in one message");
                Assert.True(Length(button?["label"]) <= 80, "button label over 80");
            }
        }
    }

    /// <summary>IS_COMPONENTS_V2: the components are the message.</summary>
    public const int ComponentsV2 = 1 << 15;

    /// <summary>
    /// A Components V2 message (https://discord.com/developers/docs/components/reference): no content or
    /// embeds, at most 40 components counting nested ones, at most 4000 characters in all its text
    /// displays together, unique custom ids, button labels of at most 80.
    /// </summary>
    public static void AssertComponentsV2WithinLimits(JsonObject message)
    {
        Assert.Null(message["content"]);
        Assert.Null(message["embeds"]);
        var all = Flatten(message["components"] as JsonArray ?? []).ToList();
        Assert.True(all.Count <= 40, $"{all.Count} components, over 40");
        var text = all.Where(c => c["type"]?.GetValue<int>() == 10).Sum(c => c["content"]!.GetValue<string>().Length);
        Assert.True(text <= 4000, $"text displays hold {text} characters, over 4000");
        var ids = all.Select(c => c["custom_id"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(id.Length is >= 1 and <= 100, $"custom_id `{id}` not 1–100 characters"));
        Assert.All(all.Where(c => c["type"]?.GetValue<int>() == 2), button => Assert.True(Length(button["label"]) <= 80, "button label over 80"));
    }

    /// <summary>Every component of a V2 message, nested ones included, depth first.</summary>
    public static IEnumerable<JsonObject> Flatten(JsonArray components)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            yield return component;
            foreach (var inner in Flatten(component["components"] as JsonArray ?? []))
            {
                yield return inner;
            }
        }
    }

    // Discord counts characters after trimming.
    private static int Length(JsonNode? text) => text is JsonValue value && value.TryGetValue<string>(out var s) ? s.Trim().Length : 0;
}
