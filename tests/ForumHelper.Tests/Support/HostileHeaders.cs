using System.Globalization;
using System.Text;
using CsCheck;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Generated signature headers: missing, twice, in another case, of the wrong length, changed by
/// a digit, garbage, huge (but all together within Kestrel's 32 KB), and the timestamp written
/// every way a number can be. Values go through <see cref="HttpClient"/>, so they stay printable ASCII.
/// </summary>
internal static class HostileHeaders
{
    public const string Signature = "X-Signature-Ed25519";
    public const string Timestamp = "X-Signature-Timestamp";

    /// <summary>How the timestamp to sign is written, from the current Unix time.</summary>
    public static readonly Gen<(string What, Func<long, string> Write)> SignedTimestamp = Gen.Frequency(
        (24, Written("now", now => Invariant(now))),
        (1, Written("4 minutes ago, within the window", now => Invariant(now - 240))),
        (1, Written("10 minutes ago", now => Invariant(now - 600))),
        (1, Written("6 minutes ahead", now => Invariant(now + 360))),
        (1, Written("leading zeros", now => "000" + Invariant(now))),
        (1, Written("plus sign", now => "+" + Invariant(now))),
        (1, Written("trailing space", now => Invariant(now) + " ")),
        (1, Written("in milliseconds", now => Invariant(now * 1000))),
        (1, Written("zero", _ => "0")),
        (1, Written("over 20 digits", _ => "000000000000000000001")),
        (1, Written("negative", now => "-" + Invariant(now))),
        (1, Written("with a fraction", now => Invariant(now) + ".5")));

    private static readonly Gen<string> Printable = Gen.String[Gen.Char[' ', '~'], 0, 200];

    private static readonly Gen<string> Huge = Gen.Int[1_000, 12_000].Select(length => new string('a', length));

    private static readonly Gen<HeaderLine[]> SignatureLines = Lines(
        Signature,
        new HeaderLine("right signature", Signature, (signature, _) => signature),
        Gen.OneOfConst(
            new HeaderLine("upper-case hex", Signature, (signature, _) => signature.ToUpperInvariant()),
            new HeaderLine("name in lower case", Signature.ToLowerInvariant(), (signature, _) => signature),
            new HeaderLine("spaces around", Signature, (signature, _) => "  " + signature + " "),
            new HeaderLine("cut by a byte", Signature, (signature, _) => signature[..^2]),
            new HeaderLine("one hex digit short", Signature, (signature, _) => signature[..^1]),
            new HeaderLine("a byte too long", Signature, (signature, _) => signature + "00"),
            new HeaderLine("half", Signature, (signature, _) => signature[..64]),
            new HeaderLine("twice over", Signature, (signature, _) => signature + signature),
            new HeaderLine("last digit changed", Signature, (signature, _) => signature[..^1] + (signature[^1] == '0' ? '1' : '0')),
            new HeaderLine("not hex, right length", Signature, (signature, _) => "zz" + signature[2..]),
            new HeaderLine("all zeros", Signature, (_, _) => new string('0', 128)),
            new HeaderLine("empty", Signature, (_, _) => ""),
            new HeaderLine("base64 instead of hex", Signature, (signature, _) => Convert.ToBase64String(Convert.FromHexString(signature)))));

    private static readonly Gen<HeaderLine[]> TimestampLines = Lines(
        Timestamp,
        new HeaderLine("signed timestamp", Timestamp, (_, timestamp) => timestamp),
        Gen.OneOfConst(
            new HeaderLine("name in upper case", Timestamp.ToUpperInvariant(), (_, timestamp) => timestamp),
            new HeaderLine("spaces around", Timestamp, (_, timestamp) => " " + timestamp + "  "),
            new HeaderLine("last digit changed", Timestamp, (_, timestamp) => timestamp.Length == 0 ? "1" : timestamp[..^1] + (timestamp[^1] == '0' ? '1' : '0')),
            new HeaderLine("one more digit", Timestamp, (_, timestamp) => timestamp + "0"),
            new HeaderLine("empty", Timestamp, (_, _) => "")));

    private static readonly Gen<HeaderLine> Unrelated = Gen.Select(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzXYZ-0123456789"], 1, 30],
        Printable,
        (name, value) => new HeaderLine("unrelated", "X-" + name, (_, _) => value));

    /// <summary>The signature and timestamp lines plus up to 20 unrelated ones.</summary>
    public static readonly Gen<HeaderLine[]> All = Gen.Select(SignatureLines, TimestampLines, Unrelated.Array[0, 20], (signature, timestamp, other) => (HeaderLine[])[.. signature, .. timestamp, .. other]);

    /// <summary>The Content-Type to send: Discord's, or any other; the endpoint reads the bytes whatever it says.</summary>
    public static readonly Gen<string?> ContentType = Gen.Frequency(
        (10, Gen.Const<string?>("application/json")),
        (1, Gen.OneOfConst<string?>(null, "text/plain", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")));

    /// <summary>A header line as bytes <see cref="HttpClient"/> would never send: control characters, bytes over 0x7F, no colon, folded, anything at all.</summary>
    public static readonly Gen<byte[]> RawLine = Gen.Frequency(
        (3, Gen.Byte.Array[0, 80]),
        (2, Gen.Byte[0x80, 0xFF].Array[1, 40].Select(bytes => (byte[])[.. "X-Latin: "u8, .. bytes])),
        (2, Gen.Byte[0x00, 0x1F].Array[1, 5].Select(bytes => (byte[])[.. "X-Control: a"u8, .. bytes, .. "b"u8])),
        (1, Gen.Byte.Array[0, 80].Select(bytes => (byte[])[.. "X-Signature-Ed25519: "u8, .. bytes])),
        (1, Gen.Byte.Array[0, 20].Select(bytes => (byte[])[.. "X-Signature-Timestamp: "u8, .. bytes])),
        (1, Gen.OneOfConst("NoColonAtAll", ": no name", " folded continuation", "\tfolded with a tab", "X Space In Name: x", "X-Empty:", "Content-Length: 3", "Content-Length: -1", "Transfer-Encoding: gzip", "Host: second.example")
            .Select(line => Encoding.ASCII.GetBytes(line))));

    private static Gen<HeaderLine[]> Lines(string name, HeaderLine right, Gen<HeaderLine> changed) => Gen.Frequency(
        (16, Gen.Const<HeaderLine[]>([right])),
        (1, Gen.Const<HeaderLine[]>([])),
        (1, Gen.Const<HeaderLine[]>([right, right])),
        (1, changed.Select(other => (HeaderLine[])[right, other])),
        (4, changed.Select(other => (HeaderLine[])[other])),
        (1, Printable.Select(value => (HeaderLine[])[new HeaderLine("garbage", name, (_, _) => value)])),
        (1, Huge.Select(value => (HeaderLine[])[new HeaderLine($"{value.Length} characters", name, (_, _) => value)])));

    private static Gen<(string, Func<long, string>)> Written(string what, Func<long, string> write) => Gen.Const((what, write));

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
