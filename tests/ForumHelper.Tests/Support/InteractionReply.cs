using System.Net;
using System.Text.Json.Nodes;

namespace ForumHelper.Tests.Support;

/// <summary>What <c>POST /interactions</c> answered: status, content type, the raw text and (when it is JSON) the parsed body.</summary>
internal sealed record InteractionReply(HttpStatusCode Status, string? ContentType, string Text, JsonNode? Json)
{
    /// <summary>The callback type (<c>type</c>); fails the test when the reply is not a JSON callback.</summary>
    public int Type => Assert.IsAssignableFrom<JsonNode>(Json?["type"]).GetValue<int>();

    /// <summary>The message (<c>data</c>); fails the test when there is none.</summary>
    public JsonObject Data => Assert.IsType<JsonObject>(Json?["data"]);

    public int Flags => Data["flags"]?.GetValue<int>() ?? 0;

    public string Content => Data["content"]?.GetValue<string>() ?? "";

    public JsonObject FirstEmbed => Assert.IsType<JsonObject>(Assert.IsType<JsonArray>(Data["embeds"]).First());

    /// <summary>An answer's title without the symbol of its family in front ("↩️ Accept the cancellation" → "Accept the cancellation").</summary>
    public string AnswerTitle
    {
        get
        {
            var title = FirstEmbed["title"]!.GetValue<string>();
            var space = title.IndexOf(' ', StringComparison.Ordinal);
            Assert.True(space is > 0 and <= 3, $"an answer's title starts with its family's symbol: `{title}`");
            return title[(space + 1)..];
        }
    }

    /// <summary>Every button's custom id, in order.</summary>
    public IReadOnlyList<string> CustomIds =>
        [.. (Data["components"] as JsonArray ?? [])
            .SelectMany(row => row?["components"] as JsonArray ?? [])
            .Select(button => button?["custom_id"]?.GetValue<string>() ?? "")];

    /// <summary>Every string in the message (content, embed texts, labels), for "does not contain" checks.</summary>
    public string AllText => string.Join("\n", MentionSafety.Strings(Json));

    /// <summary>The case id a button of this answer carries, e.g. 123 from <c>feedback:123:helpful</c>.</summary>
    /// <summary>The id of this answer's button of one kind (<c>whatif</c>, <c>share</c>) or kind and choice (<c>feedback:…:helpful</c> by <c>"feedback", "helpful"</c>).</summary>
    public string Button(string kind, string? choice = null) =>
        CustomIds.Single(id => id.StartsWith(kind + ":", StringComparison.Ordinal) && (choice is null || id.Split(':')[2] == choice));

    public long CaseId => long.Parse(CustomIds.First(id => id.StartsWith("feedback:", StringComparison.Ordinal)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Validates the body against the spec's schema for its callback type (SOURCES.md: the bodies of
    /// <c>create_interaction_response</c> also describe the JSON an endpoint returns inline).
    /// </summary>
    public void AssertMatchesCallbackSchema()
    {
        var schema = Type switch
        {
            1 => "PongInteractionCallbackRequest",
            4 or 5 => "CreateMessageInteractionCallbackRequest",
            6 or 7 => "UpdateMessageInteractionCallbackRequest",
            8 => "ApplicationCommandAutocompleteCallbackRequest",
            9 => "ModalInteractionCallbackRequest",
            _ => "(no schema for callback type " + Type + ")",
        };
        var problems = DiscordOpenApi.ValidateAgainstSchema(schema, Text);
        Assert.True(problems.Count == 0, $"{schema}: {string.Join("; ", problems)}\n{Text}");
    }

    /// <summary>Asserts a 200 private (ephemeral) message (type 4, flags 64) and returns its text.</summary>
    public string AssertPrivateMessage()
    {
        Assert.Equal(HttpStatusCode.OK, Status);
        Assert.Equal(4, Type);
        Assert.Equal(64, Flags & 64);
        return AllText;
    }
}
