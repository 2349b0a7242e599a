using System.Globalization;
using System.Text;
using CsCheck;
using ForumHelper.Core.Facts;
using static ForumHelper.Tests.Support.HostileJson;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Generated interaction bodies: shaped like Discord's (PING, slash commands, button clicks, and
/// types we do not handle), with any field of a wrong type, missing or duplicated, options that
/// are unknown, repeated or of the wrong type, and now and then a body damaged as a whole; and
/// raw bytes that are hardly JSON at all. Bodies come from a few dozen members, so the rate limit
/// and the per-member state get exercised too.
/// </summary>
/// <remarks>
/// Half the bodies keep every field's type (only option values, command names and button ids are
/// hostile), so that half reaches the handlers; in the other half any field may be wrong, which
/// mostly ends at the parser with a 400.
/// </remarks>
internal static class HostileInteractions
{
    /// <summary>Members 1700000000000000000–1700000000000000039.</summary>
    public static readonly Gen<string> MemberId = Gen.Int[0, 39].Select(i => Quote((1_700_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Snowflake = Gen.Long[1, long.MaxValue].Select(id => Quote(id.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Token = Gen.Guid.Select(guid => Quote("aW50ZXJhY3Rpb246" + guid.ToString("N")));

    private static readonly Gen<string> Locale = Gen.Frequency(
        (10, Gen.OneOfConst("en-US", "en-GB", "de", "fr", "pt-BR", "zh-CN", "x", "").Select(Quote)),
        (1, StringLiteral));

    // Moderators are rare: their /case-stats defers and renders a chart in the background.
    private static readonly Gen<string> Roles = Gen.Frequency(
        (30, Gen.Const("[]")),
        (1, Gen.OneOfConst("[\"1650000000000000001\"]", "[null]", "[1]", "[\"\"]", "[[]]")));

    private static readonly Gen<string> PermissionBits = Gen.Frequency(
        (60, Gen.Const("\"0\"")),
        (1, Gen.OneOfConst("\"8192\"", "\"8\"", "\"-1\"", "\"18446744073709551616\"", "\"0x2000\"", "\" 8192\"", "\"8192.0\"")));

    private static readonly Gen<string> CommandName = Gen.Frequency(
        (20, Gen.Const(Quote("cancel-advice"))),
        (3, Gen.Const(Quote("case-stats"))),
        (2, Gen.Const(Quote("forget-me"))),
        (3, StringLiteral));

    private static readonly string[] OptionNames = [.. FactCatalog.All.Select(f => f.Name), "days", "by", "Stage", "asked_by", "", " stage"];

    private static readonly Gen<string> OptionValue = Gen.Frequency(
        (6, Gen.OneOfConst([.. FactCatalog.All.SelectMany(f => f.Choices).Select(Quote), "true", "false", "20", "100", "0", "-1", "7", "400", Quote("20"), Quote("reason"), Quote("recommendation")])),
        (3, Value));

    // A sub-command or group: options nested instead of a value.
    private static readonly Gen<string> NestedOptions = Gen.OneOfConst(
        "[]",
        "[{\"name\":\"stage\",\"type\":3,\"value\":\"delivered\"}]",
        "[{\"name\":\"sub\",\"type\":1,\"options\":[{\"name\":\"asked-by\",\"type\":3,\"value\":\"buyer\"}]}]",
        "[null]");

    /// <summary>Options Discord could have sent: the required ones and some optional ones, each valid for the marketplace asked about.</summary>
    private static readonly Gen<string> ValidOptions = Gen.OneOf(ValidOptionsFor(Marketplace.Fiverr), ValidOptionsFor(Marketplace.Upwork));

    private static readonly Gen<string> CustomId = Gen.Frequency(
        (6, Gen.Select(
            Gen.OneOfConst("feedback", "whatif", "share", "forget", "Feedback", ""),
            Gen.Frequency((4, Gen.Long[1, 1_000].Select(n => n.ToString(CultureInfo.InvariantCulture))), (1, Gen.OneOfConst("0", "-1", "99999999999999999999", "1e3", "")), (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture)))),
            Gen.OneOfConst("", ":helpful", ":not-helpful", ":decline-cancellation", ":accept-cancellation", ":confirm", ":x:y", ":"),
            (kind, id, rest) => Quote(kind + ":" + id + rest))),
        (1, Gen.OneOfConst("forget:confirm", "forget:cancel").Select(Quote)),
        (2, StringLiteral));

    /// <summary>Damage to a whole body: a control character or an invalid byte inserted, cut short, a BOM in front, something after the end.</summary>
    private static readonly Gen<Func<string, string>> Damage = Gen.Frequency(
        (100, Gen.Const<Func<string, string>>(text => text)),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Char['\0', '\u001f'], (at, c) => (Func<string, string>)(text => text.Insert(at % (text.Length + 1), c.ToString())))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.OneOfConst(InvalidByte, CutSequence, EncodedSurrogate), (at, c) => (Func<string, string>)(text => text.Insert(at % (text.Length + 1), c.ToString())))),
        (1, Gen.Int[0, int.MaxValue].Select(at => (Func<string, string>)(text => text[..(at % (text.Length + 1))]))),
        (1, Gen.Const<Func<string, string>>(text => "\uFEFF" + text)),
        (1, Gen.OneOfConst("}", " ", "\n", "{}", "x", "\0", ",").Select(tail => (Func<string, string>)(text => text + tail))));

    /// <summary>
    /// A whole body as bytes: mostly slash commands, then clicks, PINGs and types we do not answer.
    /// At most 512 KiB: past Kestrel's 1 MiB backstop the upload itself is cut off (an example test covers that).
    /// </summary>
    public static readonly Gen<byte[]> Body = Gen.Select(
        Gen.Frequency((1, Shaped(validOneIn: 60, extraOneIn: 12)), (1, Shaped(validOneIn: 0, extraOneIn: 0))),
        Damage,
        (text, damage) => ToBytes(damage(text)))
        .Where(body => body.Length <= 512 * 1024);

    private static readonly byte[][] ValidBodies =
    [
        Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString()),
        Encoding.UTF8.GetBytes(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers).ToJsonString()),
        Encoding.UTF8.GetBytes(Interactions.Button("forget:cancel").ToJsonString()),
        Encoding.UTF8.GetBytes(Interactions.Command("case-stats", options: [("days", 7)]).ToJsonString()),
    ];

    /// <summary>Bytes that are hardly an interaction: random, valid bodies with bytes overwritten, other encodings.</summary>
    public static readonly Gen<byte[]> RawBytes = Gen.Frequency(
        (3, Gen.Byte.Array[0, 3_000]),
        (3, Gen.Select(Gen.OneOfConst(ValidBodies), Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 6], (body, changes) =>
        {
            var changed = (byte[])body.Clone();
            foreach (var (at, value) in changes)
            {
                changed[at % changed.Length] = value;
            }

            return changed;
        })),
        (1, Gen.OneOfConst(ValidBodies).Select(body => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body)))),
        (1, Gen.OneOfConst(ValidBodies).Select(body => (byte[])[0xEF, 0xBB, 0xBF, .. body])),
        (1, Gen.Byte[0x80, 0xFF].Array[1, 100].Select(bytes => (byte[])[.. "{\"type\":1,\"x\":\""u8, .. bytes, .. "\"}"u8])));

    /// <summary>
    /// Interactions in which each field is hostile (a wrong value, missing, or twice) one time in
    /// <paramref name="validOneIn"/>, and objects get extra keys one time in <paramref name="extraOneIn"/>; 0 means never.
    /// </summary>
    private static Gen<string> Shaped(int validOneIn, int extraOneIn)
    {
        Gen<string> Field(string key, Gen<string> valid, int weight = 1) =>
            validOneIn == 0 ? valid.Select(value => Member(key, value)) : HostileJson.Field(key, valid, validOneIn / weight);

        var user = Object(extraOneIn, Field("id", MemberId), Field("username", Gen.Const("\"seller\"")));
        var member = Object(
            extraOneIn,
            Field("user", user),
            Field("roles", Roles),
            Field("permissions", PermissionBits),
            Field("joined_at", Gen.Const("\"2025-03-13T19:19:14.040000+00:00\"")));
        var anyOption = Object(
            extraOneIn,
            Field("name", Gen.Frequency((8, Gen.OneOfConst(OptionNames).Select(Quote)), (1, StringLiteral))),
            Field("type", Gen.OneOfConst("3", "4", "5", "1", "2", "10", "0")),
            Field("value", OptionValue),
            Optional("options", NestedOptions),
            Optional("focused", Gen.OneOfConst("true", "false", "1")));
        var options = Gen.Frequency(
            (3, ValidOptions),
            (1, Gen.OneOfConst("[]", "[null]", "[null,null]", "[{}]", "[{\"name\":null}]", "[{\"name\":\"stage\"}]", "[{\"value\":\"buyer\"}]")),
            (2, anyOption.Array[0, 12].Select(list => "[" + string.Join(",", list) + "]")),
            // The same option many times over: each must cost little to reject.
            (1, Gen.Select(anyOption.Where(option => option.Length < 200), Gen.Int[2, 300], (option, times) => "[" + string.Join(",", Enumerable.Repeat(option, times)) + "]")));
        var command = Object(extraOneIn, Field("id", Snowflake), Field("name", CommandName), Field("type", Gen.Const("1")), Field("options", options, weight: 4));
        var component = Object(
            extraOneIn,
            Field("custom_id", CustomId),
            Field("component_type", Gen.OneOfConst("2", "3")),
            Optional("values", Gen.OneOfConst("[]", "[\"a\"]", "[1]", "[null]")));

        Gen<string> Interaction(Gen<string> type, Gen<string>? data) => Object(
            extraOneIn,
            Field("type", type),
            Field("id", Snowflake),
            Field("application_id", Gen.Const(Quote(Interactions.ApplicationId))),
            Field("token", Token),
            Field("version", Gen.Const("1")),
            Field("locale", Locale),
            Field("guild_id", Gen.Const(Quote(Interactions.GuildId))),
            Field("channel_id", Gen.Const(Quote(Interactions.ChannelId))),
            Field("member", member),
            Optional("user", user),
            Optional("message", Gen.Const("{\"id\":\"1\",\"flags\":64}")),
            data is null ? Optional("data", Gen.Const("{}")) : Field("data", data));

        return Gen.Frequency(
            (2, Interaction(Gen.Const("1"), null)),
            (10, Interaction(Gen.Const("2"), command)),
            (4, Interaction(Gen.Const("3"), component)),
            (1, Interaction(Gen.OneOfConst("0", "4", "5", "99", "-1", "1.0", "\"2\""), command)));
    }

    // Fiverr is the default, so its questions sometimes leave the marketplace out; an Upwork-only fact needs it said.
    private static Gen<string> ValidOptionsFor(Marketplace marketplace) => FactCatalog.DecisionFacts
        .Where(fact => fact.AppliesTo(marketplace))
        .Select(fact => fact.Required ? ValidOption(fact) : Gen.Frequency((1, Gen.Const("")), (1, ValidOption(fact))))
        .Append(marketplace == Marketplace.Fiverr
            ? Gen.Frequency((1, Gen.Const("")), (1, Gen.Const(MarketplaceOption(marketplace))))
            : Gen.Const(MarketplaceOption(marketplace)))
        .Aggregate(Gen.Const(""), (text, option) => Gen.Select(text, option, (sofar, next) => next.Length == 0 ? sofar : sofar.Length == 0 ? next : sofar + "," + next))
        .Select(options => "[" + options + "]");

    private static string MarketplaceOption(Marketplace marketplace) =>
        $"{{\"name\":{Quote(FactCatalog.MarketplaceFact.Name)},\"type\":3,\"value\":{Quote(WireNames.Of(marketplace))}}}";

    private static Gen<string> ValidOption(FactDefinition fact)
    {
        var (type, value) = fact.Kind switch
        {
            FactKind.Choice => (3, Gen.OneOfConst([.. fact.Choices]).Select(Quote)),
            FactKind.Integer => (4, Gen.Int[fact.Min, fact.Max].Select(n => n.ToString(CultureInfo.InvariantCulture))),
            _ => (5, Gen.OneOfConst("true", "false")),
        };
        return value.Select(text => $"{{\"name\":{Quote(fact.Name)},\"type\":{type},\"value\":{text}}}");
    }
}
