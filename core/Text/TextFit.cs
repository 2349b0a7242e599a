namespace ForumHelper.Core.Text;

/// <summary>
/// Cutting text to a limit: members' own input echoed back, answers fit into Discord's fields.
/// Never between the two halves of a character beyond U+FFFF (an emoji, say), which would show as "�".
/// </summary>
public static class TextFit
{
    /// <summary>The text when it fits in <paramref name="limit"/> characters; else its start and <paramref name="ellipsis"/>, together within the limit.</summary>
    public static string Cut(string text, int limit, string ellipsis = "…")
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var keep = Math.Max(limit - ellipsis.Length, 0);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), ellipsis);
    }

    /// <summary>
    /// Typed text fit to echo inside backticks: cut to the limit (a 100 KB value must not become a
    /// 100 KB reply), and no backtick of its own that could close the code span early and expose what follows.
    /// </summary>
    public static string ForCodeSpan(string text, int limit, string ellipsis = "…") => Cut(text.Replace('`', '\''), limit, ellipsis);
}
