using System.Text;
using System.Text.RegularExpressions;

namespace ForumHelper.Bot.Rendering;

/// <summary>Terminal text helpers: word wrapping and turning the answers' light markdown into plain or bold text.</summary>
internal static partial class TerminalText
{
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public static string Strong(string text, bool color) => color ? Bold + text + Reset : text;

    /// <summary>Replaces <c>**bold**</c> with terminal bold (or nothing) and drops other emphasis markers.</summary>
    public static string FromMarkdown(string text, bool color) =>
        BoldMarkdown().Replace(text, match => Strong(match.Groups[1].Value, color));

    /// <summary>Wraps <paramref name="text"/> to <paramref name="width"/>, every line starting with <paramref name="indent"/>; the first with <paramref name="firstIndent"/> if given.</summary>
    public static string Wrap(string text, int width, string indent, string? firstIndent = null)
    {
        var result = new StringBuilder();
        var line = new StringBuilder(firstIndent ?? indent);
        var lineHasWord = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && VisibleLength(line) + 1 + VisibleLength(word) > width)
            {
                result.Append(line).Append('\n');
                line.Clear().Append(indent);
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWord = true;
        }

        return result.Append(line).ToString();
    }

    private static int VisibleLength(StringBuilder text) => VisibleLength(text.ToString());

    private static int VisibleLength(string text) => AnsiCode().Replace(text, "").Length;

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldMarkdown();

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex AnsiCode();
}
