using System.Globalization;
using System.Text;
using CsCheck;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Generated JSON text nobody should send but anyone holding the key could sign: every JSON type
/// where another is expected, numbers no field can hold, control characters, escaped lone
/// surrogates, bytes that are not UTF-8, strings up to 100 KB, duplicate keys, nesting thousands
/// deep. Text stays a C# string until <see cref="ToBytes"/>, which turns the marker characters
/// below into the invalid bytes they stand for.
/// </summary>
internal static class HostileJson
{
    /// <summary>Becomes 0xFF, a byte that never occurs in UTF-8.</summary>
    public const char InvalidByte = '\uE000';

    /// <summary>Becomes 0xC3 alone: a two-byte sequence cut short.</summary>
    public const char CutSequence = '\uE001';

    /// <summary>Becomes ED A0 80: a surrogate encoded as a character, which UTF-8 forbids.</summary>
    public const char EncodedSurrogate = '\uE002';

    private static readonly string[] OddNumbers =
    [
        "0", "-0", "1", "-1", "2", "3", "4", "5", "1.0", "1.5", "-0.0", "1e308", "-1e308", "1E400", "1e-400", "0.0000001",
        "99999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "18446744073709551616",
    ];

    // Already escaped, to go between quotes: lone surrogates, NUL, terminal escapes.
    private static readonly string[] OddEscapes = [@"\ud800", @"\udc00x", @"\ud800\ud800", @"\udbff", @"\u0000", @"\u001b[31mred", @"\n\r\t", @"\u202e", @"\ufeff", @"\u200b"];

    // Not JSON at all, or not quite.
    private static readonly string[] Broken =
    [
        "\"\\uZZZZ\"", "\"\\x41\"", "\"open", "'single'", "NaN", "Infinity", "-", "01", "1.", ".5", "+1", "tru", "nul",
        "{", "}", "[", "]", ",", ":", "{\"a\"}", "{\"a\":}", "[1,]", "/*c*/1", "\"a\"\"b\"",
    ];

    /// <summary>Text a member (or an attacker) might put anywhere: mostly short, sometimes hostile, rarely huge.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (60, Gen.String[0, 30]),
        (20, Gen.OneOfConst(MentionsAndMarkdown.Pieces)),
        (10, Gen.Char['\0', '\u001f'].Array[1, 10].Select(chars => new string(chars))),
        (5, Gen.OneOfConst(InvalidByte, CutSequence, EncodedSurrogate).Array[1, 3].Select(chars => "x" + new string(chars))),
        (1, Gen.Int[1_000, 60_000].Select(length => new string('a', length))),
        (1, Gen.Int[64 * 1024, 100 * 1024].Select(length => new string('z', length))));

    public static readonly Gen<string> StringLiteral = Gen.Frequency(
        (8, Text.Select(Quote)),
        (1, Gen.OneOfConst(OddEscapes).Select(escaped => "\"" + escaped + "\"")));

    public static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.OneOfConst(OddNumbers)),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))));

    public static readonly Gen<string> Scalar = Gen.Frequency(
        (2, Number),
        (3, StringLiteral),
        (1, Gen.OneOfConst("null", "true", "false")),
        (1, Gen.OneOfConst(Broken)));

    /// <summary>Nesting far past the parser's depth limit: balanced, never closed, or closed once too often.</summary>
    public static readonly Gen<string> Deep = Gen.Select(Gen.Int[2, 5_000], Gen.Int[0, 3], (depth, shape) => shape switch
    {
        0 => new string('[', depth) + new string(']', depth),
        1 => new string('[', depth),
        2 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
        _ => new string('[', depth) + new string(']', depth + 1),
    });

    /// <summary>Keys an object might have: real Discord field names (so nested objects collide with them) or anything.</summary>
    public static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOfConst("type", "id", "name", "value", "options", "data", "member", "user", "custom_id", "token", "__proto__").Select(Quote)),
        (1, StringLiteral));

    /// <summary>Any JSON value (or near miss), nested at most two levels plus the deep ones.</summary>
    public static readonly Gen<string> Value = Nested(2);

    /// <summary><c>"key":value</c>.</summary>
    public static string Member(string key, string value) => Quote(key) + ":" + value;

    /// <summary>
    /// A field that is usually <paramref name="valid"/>, and otherwise of a hostile value, missing,
    /// or present twice (the valid one first or last; System.Text.Json keeps the last).
    /// </summary>
    public static Gen<string> Field(string key, Gen<string> valid, int validWeight) => Gen.Frequency(
        (validWeight, valid.Select(value => Member(key, value))),
        (1, Value.Select(value => Member(key, value))),
        (1, Gen.Const("")),
        (1, Gen.Select(valid, Value, Gen.Bool, (good, bad, goodLast) => goodLast ? Member(key, bad) + "," + Member(key, good) : Member(key, good) + "," + Member(key, bad))));

    /// <summary>A field that is usually absent.</summary>
    public static Gen<string> Optional(string key, Gen<string> value) => Gen.Frequency(
        (5, Gen.Const("")),
        (1, value.Select(text => Member(key, text))));

    /// <summary>An object of the given members (empty ones left out).</summary>
    public static Gen<string> Object(params Gen<string>[] members) => Object(0, members);

    /// <summary>
    /// An object of the given members (empty ones left out) and, one time in <paramref name="extraOneIn"/>
    /// (never when 0), an extra key or two: often a real field name again, so it replaces the one before.
    /// </summary>
    public static Gen<string> Object(int extraOneIn, params Gen<string>[] members) =>
        (extraOneIn == 0 ? members : members.Append(Gen.Frequency((extraOneIn - 1, Gen.Const("")), (1, Gen.Select(Key, Value).Array[1, 2].Select(extra => string.Join(",", extra.Select(pair => pair.Item1 + ":" + pair.Item2)))))))
            .Aggregate(Gen.Const(""), (text, member) => Gen.Select(text, member, (sofar, next) => next.Length == 0 ? sofar : sofar.Length == 0 ? next : sofar + "," + next))
            .Select(text => "{" + text + "}");

    /// <summary>A JSON string literal; surrogates are escaped, so a lone one arrives as <c>\ud800</c> rather than as a replacement character.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ when char.IsSurrogate(c) => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }

    /// <summary>UTF-8, except that the marker characters become the invalid bytes they stand for.</summary>
    public static byte[] ToBytes(string text)
    {
        using var bytes = new MemoryStream(text.Length + 16);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (InvalidByte or CutSequence or EncodedSurrogate))
            {
                continue;
            }

            bytes.Write(Encoding.UTF8.GetBytes(text[start..i]));
            if (i < text.Length)
            {
                bytes.Write(text[i] switch
                {
                    InvalidByte => [0xFF],
                    CutSequence => [0xC3],
                    _ => [0xED, 0xA0, 0x80],
                });
            }

            start = i + 1;
        }

        return bytes.ToArray();
    }

    /// <summary>The start of a body for a failure message: invalid bytes and control characters made visible, and its size.</summary>
    public static string Excerpt(byte[] body, int length = 300) => Excerpt(Encoding.UTF8.GetString(body), length) + $" ({body.Length} bytes)";

    public static string Excerpt(string text, int length = 300)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length <= length ? text : text[..length])
        {
            _ = char.IsControl(c) || char.IsSurrogate(c) ? shown.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)) : shown.Append(c);
        }

        return text.Length <= length ? shown.ToString() : shown.Append('…').ToString();
    }

    private static Gen<string> Nested(int depth) => depth == 0 ? Scalar : Gen.Frequency(
        (8, Scalar),
        (1, Nested(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
        (1, Gen.Select(Key, Nested(depth - 1)).Array[0, 4].Select(pairs => "{" + string.Join(",", pairs.Select(pair => pair.Item1 + ":" + pair.Item2)) + "}")),
        (1, Deep));
}
