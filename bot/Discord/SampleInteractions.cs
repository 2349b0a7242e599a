using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Interaction bodies shaped the way Discord sends them (ids as strings, options typed as the
/// command is registered, a modal's inputs inside labels), for trying the endpoint without
/// Discord: <c>send-sample</c> builds every kind the bot answers with these.
/// </summary>
public static class SampleInteractions
{
    public const string ApplicationId = "100000000000000002";
    public const string GuildId = "100000000000000004";
    public const string ChannelId = "100000000000000005";
    public const string Member = "100000000000000006";

    // Discord's epoch (2015-01-01 UTC) in Unix milliseconds: a snowflake's time counts from it.
    private const long DiscordEpoch = 1420070400000;

    public static byte[] Ping() => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("id", NewInteractionId());
        json.WriteString("application_id", ApplicationId);
        json.WriteNumber("type", InteractionType.Ping);
        json.WriteString("token", "sample-ping");
        json.WriteNumber("version", 1);
        json.WriteEndObject();
    });

    /// <summary>
    /// A slash command with its options as <c>name:value</c> pairs, typed as <paramref name="name"/>
    /// is registered: integers and booleans as numbers and booleans when they read as such, anything
    /// else as text (so the bot's own answer to a bad value can be seen).
    /// </summary>
    public static byte[] Command(string name, IReadOnlyList<KeyValuePair<string, string>> options, SampleSender sender) => Write(json =>
    {
        var definition = CommandDefinitions.All.FirstOrDefault(c => c.Name == name);
        WriteEnvelope(json, InteractionType.ApplicationCommand, sender);
        json.WriteStartObject("data");
        json.WriteString("id", "100000000000000007");
        json.WriteString("name", name);
        json.WriteNumber("type", 1);
        json.WriteStartArray("options");
        foreach (var (option, value) in options)
        {
            WriteOption(json, option, value, definition?.Options?.FirstOrDefault(o => o.Name == option)?.Type);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>A click on a button of an earlier reply (the message itself is left out, as the endpoint never reads it).</summary>
    public static byte[] Button(string customId, SampleSender sender) => Write(json =>
    {
        WriteEnvelope(json, InteractionType.MessageComponent, sender);
        json.WriteStartObject("data");
        json.WriteString("custom_id", customId);
        json.WriteNumber("component_type", Component.ButtonType);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>A pick in a string select of an earlier reply.</summary>
    public static byte[] Select(string customId, IReadOnlyList<string> values, SampleSender sender) => Write(json =>
    {
        WriteEnvelope(json, InteractionType.MessageComponent, sender);
        json.WriteStartObject("data");
        json.WriteString("custom_id", customId);
        json.WriteNumber("component_type", Component.StringSelectType);
        json.WriteStartArray("values");
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>
    /// The describe form, submitted as Discord submits it: every input in its label, the text input
    /// with its <c>value</c> (empty when nothing was written) and each radio group with the value
    /// picked, or null when none was.
    /// </summary>
    /// <param name="customId">The form's id, from the reply that opened it.</param>
    /// <param name="fields">The values entered, by input id (<see cref="DescribeForm.TextId"/> and the radio groups' fact names).</param>
    /// <param name="sender">Who submits it.</param>
    public static byte[] DescribeSubmit(string customId, IReadOnlyDictionary<string, string> fields, SampleSender sender) => Write(json =>
    {
        WriteEnvelope(json, InteractionType.ModalSubmit, sender);
        json.WriteStartObject("data");
        json.WriteString("custom_id", customId);
        json.WriteStartArray("components");
        var id = 1;
        WriteLabelled(json, ref id, ModalComponent.TextInputType, DescribeForm.TextId, fields.GetValueOrDefault(DescribeForm.TextId) ?? "");
        foreach (var fact in DescribeForm.Questions)
        {
            WriteLabelled(json, ref id, ModalComponent.RadioGroupType, fact.Name, fields.GetValueOrDefault(fact.Name));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>A new snowflake: the time now, and random bits where Discord puts its worker and sequence.</summary>
    public static string NewInteractionId()
    {
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpoch;
        return ((milliseconds << 22) | (long)(uint)RandomNumberGenerator.GetInt32(1 << 22)).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteEnvelope(Utf8JsonWriter json, int type, SampleSender sender)
    {
        json.WriteStartObject();
        json.WriteString("id", sender.InteractionId);
        json.WriteString("application_id", ApplicationId);
        json.WriteNumber("type", type);
        json.WriteString("token", sender.Token);
        json.WriteNumber("version", 1);
        json.WriteString("locale", "en-US");
        json.WriteStartObject("authorizing_integration_owners");
        if (sender.DirectMessage)
        {
            // The bot's DM: the member's own install ("1"); Discord sends "0" (the guild install) only in servers.
            json.WriteString("1", sender.Member);
            json.WriteEndObject();
            json.WriteNumber("context", 1);
            json.WriteString("channel_id", "100000000000000009");
            WriteUser(json, "user", sender.Member);
            return;
        }

        json.WriteString("0", GuildId);
        json.WriteEndObject();
        json.WriteNumber("context", 0);
        json.WriteString("guild_id", GuildId);
        json.WriteString("channel_id", ChannelId);
        json.WriteStartObject("member");
        WriteUser(json, "user", sender.Member);
        json.WriteString("permissions", sender.Permissions);
        json.WriteStartArray("roles");
        foreach (var role in sender.Roles)
        {
            json.WriteStringValue(role);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter json, string property, string id)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteString("username", "sample-member");
        json.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter json, string name, string value, int? registeredType)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        if (registeredType == CommandOptionDefinition.IntegerType && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber("type", CommandOptionDefinition.IntegerType);
            json.WriteNumber("value", number);
        }
        else if (registeredType == CommandOptionDefinition.BooleanType && bool.TryParse(value, out var flag))
        {
            json.WriteNumber("type", CommandOptionDefinition.BooleanType);
            json.WriteBoolean("value", flag);
        }
        else
        {
            json.WriteNumber("type", CommandOptionDefinition.StringType);
            json.WriteString("value", value);
        }

        json.WriteEndObject();
    }

    private static void WriteLabelled(Utf8JsonWriter json, ref int id, int inputType, string customId, string? value)
    {
        json.WriteStartObject();
        json.WriteNumber("type", ModalComponent.LabelType);
        json.WriteNumber("id", id++);
        json.WriteStartObject("component");
        json.WriteNumber("type", inputType);
        json.WriteNumber("id", id++);
        json.WriteString("custom_id", customId);
        if (value is null)
        {
            json.WriteNull("value");
        }
        else
        {
            json.WriteString("value", value);
        }

        json.WriteEndObject();
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
