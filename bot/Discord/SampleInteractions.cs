using System.Globalization;
using System.Text.Json;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Interaction bodies shaped the way Discord sends them from a server (ids as strings, options
/// typed), for trying the endpoint without Discord: <c>send-sample</c> and the load harness.
/// </summary>
public static class SampleInteractions
{
    public const string ApplicationId = "100000000000000002";
    public const string GuildId = "100000000000000004";
    public const string Member = "100000000000000006";

    public static byte[] Ping(long interactionId = 100000000000000001) => Write(json =>
    {
        WriteEnvelope(json, interactionId, type: 1);
        json.WriteEndObject();
    });

    /// <summary>A <c>/cancel-advice</c> command; integer and boolean facts are sent as numbers and booleans, like Discord does.</summary>
    public static byte[] CancelAdvice(IReadOnlyList<KeyValuePair<string, string>> options, string member = Member, long interactionId = 100000000000000003) => Write(json =>
    {
        WriteEnvelope(json, interactionId, type: 2);
        WriteMember(json, member);
        json.WriteStartObject("data");
        json.WriteString("id", "100000000000000007");
        json.WriteString("name", FactCatalog.CommandName);
        json.WriteNumber("type", 1);
        json.WriteStartArray("options");
        foreach (var (name, value) in options)
        {
            WriteOption(json, name, value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>A click on a button of an earlier answer (the message itself is left out, as the endpoint never reads it).</summary>
    public static byte[] ButtonClick(string customId, string member = Member, long interactionId = 100000000000000008) => Write(json =>
    {
        WriteEnvelope(json, interactionId, type: 3);
        WriteMember(json, member);
        json.WriteStartObject("data");
        json.WriteString("custom_id", customId);
        json.WriteNumber("component_type", 2);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteEnvelope(Utf8JsonWriter json, long interactionId, int type)
    {
        json.WriteStartObject();
        json.WriteString("id", interactionId.ToString(CultureInfo.InvariantCulture));
        json.WriteString("application_id", ApplicationId);
        json.WriteNumber("type", type);
        json.WriteString("token", "sample-token");
        json.WriteNumber("version", 1);
        if (type != 1)
        {
            json.WriteString("guild_id", GuildId);
            json.WriteString("channel_id", "100000000000000005");
            json.WriteString("locale", "en-US");
        }
    }

    private static void WriteMember(Utf8JsonWriter json, string member)
    {
        json.WriteStartObject("member");
        json.WriteStartObject("user");
        json.WriteString("id", member);
        json.WriteString("username", "sample-member");
        json.WriteEndObject();
        json.WriteString("permissions", "0");
        json.WriteStartArray("roles");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter json, string name, string value)
    {
        var fact = FactCatalog.Find(name);
        json.WriteStartObject();
        json.WriteString("name", name);
        if (fact?.Kind == FactKind.Integer && long.TryParse(value, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber("type", 4);
            json.WriteNumber("value", number);
        }
        else if (fact?.Kind == FactKind.Boolean && bool.TryParse(value, out var flag))
        {
            json.WriteNumber("type", 5);
            json.WriteBoolean("value", flag);
        }
        else
        {
            json.WriteNumber("type", 3);
            json.WriteString("value", value);
        }

        json.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            write(json);
        }

        return stream.ToArray();
    }
}
