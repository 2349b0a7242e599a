using System.Globalization;
using System.Text.Json.Nodes;
using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Interaction bodies shaped like the ones Discord POSTs (https://discord.com/developers/docs/interactions/receiving-and-responding, and the fixtures in
/// tests/ForumHelper.Tests/Fixtures/Discord): a guild member with permissions, snowflakes as strings, a fresh token each.
/// </summary>
internal static class Interactions
{
    public const string ApplicationId = FakeDiscordApi.ApplicationId;
    public const string GuildId = "1600000000000000001";
    public const string ChannelId = "1610000000000000001";
    /// <summary>A server that has not installed the app, where a member uses their own install.</summary>
    public const string OtherGuildId = "1600000000000000002";

    /// <summary>The member's DM channel with the bot.</summary>
    public const string DmChannelId = "1610000000000000009";

    public const string Member = "1700000000000000001";
    public const string OtherMember = "1700000000000000002";

    /// <summary>No permissions at all.</summary>
    public const string NoPermissions = "0";

    /// <summary>Manage Messages (1 &lt;&lt; 13): a moderator.</summary>
    public const string ManageMessages = "8192";

    /// <summary>The origin thread: the buyer asked to cancel over a draft shown in chat, then went silent.</summary>
    public static readonly (string Name, object Value)[] Origin =
    [
        ("asked-by", "buyer"),
        ("stage", "draft-in-chat"),
        ("buyer", "silent"),
        ("reason", "not-as-expected"),
    ];

    /// <summary>The origin thread plus the member's own numbers (20 orders at 100 %: one cancellation makes 95.2 %).</summary>
    public static readonly (string Name, object Value)[] OriginWithNumbers = [.. Origin, ("orders-60d", 20), ("rate", 100)];

    private static long _next = 1_800_000_000_000_000_000;

    public static JsonObject Ping() => new()
    {
        ["application_id"] = ApplicationId,
        ["id"] = NextId(),
        ["token"] = NewToken(),
        ["type"] = 1,
        ["user"] = new JsonObject { ["id"] = "1900000000000000001", ["username"] = "discord" },
        ["version"] = 1,
    };

    /// <summary>A slash command in a guild: string options as type 3, integers as 4, booleans as 5.</summary>
    public static JsonObject Command(string name, string member = Member, string permissions = NoPermissions, params (string Name, object Value)[] options)
    {
        var list = new JsonArray();
        foreach (var (optionName, value) in options)
        {
            list.Add(new JsonObject
            {
                ["name"] = optionName,
                ["type"] = value switch { int => 4, bool => 5, _ => 3 },
                ["value"] = value switch
                {
                    int number => JsonValue.Create(number),
                    bool flag => JsonValue.Create(flag),
                    _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
                },
            });
        }

        var interaction = Base(2, member, permissions);
        interaction["data"] = new JsonObject
        {
            ["id"] = "1200000000000000" + (name.Length % 10).ToString(CultureInfo.InvariantCulture) + "01",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = list,
        };
        return interaction;
    }

    public static JsonObject CancelAdvice(string member = Member, params (string Name, object Value)[] options) =>
        Command("cancel-advice", member, NoPermissions, options);

    /// <summary>A golden case's slash line as Discord sends its options: integers as numbers, booleans as booleans.</summary>
    public static (string Name, object Value)[] OptionsOf(string ask) =>
    [
        .. SlashLine.Parse(ask).Value!.Options.Select(option => FactCatalog.Find(option.Key)!.Kind switch
        {
            FactKind.Integer => (option.Key, (object)int.Parse(option.Value, CultureInfo.InvariantCulture)),
            FactKind.Boolean => (option.Key, bool.Parse(option.Value)),
            _ => (option.Key, (object)option.Value),
        }),
    ];

    /// <summary>A button click (component type 2) on a message of ours.</summary>
    public static JsonObject Button(string customId, string member = Member)
    {
        var interaction = Base(3, member, NoPermissions);
        interaction["message"] = new JsonObject { ["id"] = NextId(), ["type"] = 20, ["flags"] = 64 };
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        return interaction;
    }

    /// <summary>A choice in a string select (component type 3) on a message of ours.</summary>
    public static JsonObject Select(string customId, string value, string member = Member)
    {
        var interaction = Button(customId, member);
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 3, ["values"] = new JsonArray(value) };
        return interaction;
    }

    /// <summary>
    /// A modal submit (type 5) in the current layout: one Label per input, holding a text input
    /// (type 4, <c>value</c>) or a radio group (type 21, <c>value</c>, null when nothing was picked).
    /// </summary>
    public static JsonObject ModalSubmit(string customId, string? text, params (string Id, string? Value)[] radios)
    {
        var interaction = Base(5, Member, NoPermissions);
        var labels = new JsonArray(new JsonObject
        {
            ["type"] = 18,
            ["id"] = 1,
            ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = "what-happened", ["value"] = text ?? "" },
        });
        foreach (var (id, value) in radios)
        {
            labels.Add(new JsonObject
            {
                ["type"] = 18,
                ["id"] = labels.Count + 2,
                ["component"] = new JsonObject { ["type"] = 21, ["id"] = labels.Count + 3, ["custom_id"] = id, ["value"] = value },
            });
        }

        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["components"] = labels };
        return interaction;
    }

    /// <summary>
    /// As Discord sends it today from a server that installed the app: <c>context</c> 0, and the
    /// guild install (key "0", the server's id) authorizing it. <see cref="Base"/> has the older shape, without either.
    /// </summary>
    public static JsonObject GuildInstalled(JsonObject interaction)
    {
        interaction["context"] = 0;
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId };
        return interaction;
    }

    /// <summary>
    /// The same interaction from the member's DM with the bot, through their own install (user
    /// install): no <c>guild_id</c>, <c>user</c> instead of <c>member</c>, the DM channel,
    /// <c>context</c> 1, and only the user install (key "1", the member's id) authorizing it.
    /// </summary>
    public static JsonObject InDirectMessage(JsonObject interaction)
    {
        var user = interaction["member"]!["user"]!.DeepClone();
        var member = user["id"]!.GetValue<string>();
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction.Remove("guild_locale");
        interaction["user"] = user;
        interaction["channel_id"] = DmChannelId;
        interaction["channel"] = new JsonObject
        {
            ["id"] = DmChannelId,
            ["type"] = 1,
            ["flags"] = 0,
            ["recipients"] = new JsonArray(user.DeepClone()),
        };
        interaction["app_permissions"] = "1126999418470977";
        interaction["context"] = 1;
        interaction["authorizing_integration_owners"] = new JsonObject { ["1"] = member };
        return interaction;
    }

    /// <summary>
    /// The same interaction from a server that has not installed the app, through the member's own
    /// install: <c>guild_id</c> and <c>member</c> as in any server, <c>context</c> 0, but only the
    /// user install (key "1") authorizing it.
    /// </summary>
    public static JsonObject InOtherServer(JsonObject interaction)
    {
        var member = interaction["member"]!["user"]!["id"]!.GetValue<string>();
        interaction["guild_id"] = OtherGuildId;
        interaction["guild"] = new JsonObject { ["id"] = OtherGuildId, ["locale"] = "en-US", ["features"] = new JsonArray() };
        interaction["context"] = 0;
        interaction["authorizing_integration_owners"] = new JsonObject { ["1"] = member };
        return interaction;
    }

    private static JsonObject Base(int type, string member, string permissions) => new()
    {
        ["app_permissions"] = "442368",
        ["application_id"] = ApplicationId,
        ["channel_id"] = ChannelId,
        ["guild_id"] = GuildId,
        ["guild_locale"] = "en-US",
        ["id"] = NextId(),
        ["locale"] = "en-US",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = member, ["username"] = "seller" + member[^2..] },
            ["roles"] = new JsonArray(),
            ["permissions"] = permissions,
            ["joined_at"] = "2025-03-13T19:19:14.040000+00:00",
        },
        ["token"] = NewToken(),
        ["type"] = type,
        ["version"] = 1,
    };

    private static string NextId() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);

    private static string NewToken() => "aW50ZXJhY3Rpb246" + Guid.NewGuid().ToString("N");
}
