using CsCheck;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Text that tries to ping someone or break out of the formatting it is echoed in: mass, user,
/// role, channel and command mentions; backticks and code fences; markdown; zero-width and
/// direction-changing characters; line breaks; characters beyond U+FFFF, which a careless cut splits in two.
/// </summary>
internal static class MentionsAndMarkdown
{
    public static readonly string[] Pieces =
    [
        "@everyone", "@here", "@Everyone", "＠everyone", "<@123>", "<@!123>", "<@&123>", "<#123>", "</cancel-advice:123>", "<@1650000000000000001>",
        "`", "``", "```", "```js\n", "\\`", "``@everyone``", "`@here", "@everyone`",
        "**", "__", "~~", "||", "> ", "# ", "-# ", "[click](https://example.com)", "<https://example.com>", "\\",
        "\u200B", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u00A0", "\n", "\r\n", "\t", "\"", ":", " ",
        "buyer", "draft-in-chat", "stage", "asked-by", "𝔘𝔫𝔦", "👍🏽", "a𝔘",
    ];

    /// <summary>One to eight pieces run together, sometimes padded to thousands of characters.</summary>
    public static readonly Gen<string> Text = Gen.Select(
        Gen.OneOfConst(Pieces).Array[1, 8],
        Gen.Frequency((20, Gen.Const(0)), (1, Gen.Int[100, 60_000])),
        (pieces, padding) => string.Concat(pieces) + new string('x', padding) + (padding > 0 ? pieces[0] : ""));
}
