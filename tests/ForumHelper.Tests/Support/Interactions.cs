using System.Globalization;
using System.Text.Json.Nodes;
using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Interaction bodies shaped like the ones Discord POSTs (PROTOCOL.md §2, and the fixtures in
/// tests/ForumHelper.Tests/Fixtures/Discord): a guild member with permissions, snowflakes as strings, a fresh token each.
/// </summary>
internal static class Interactions
{
    public const string ApplicationId = FakeDiscordApi.ApplicationId;
    public const string GuildId = "1600000000000000001";
    public const string ChannelId = "1610000000000000001";
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
