using System.Globalization;
using System.Text;

namespace ForumHelper.Core.Text;

/// <summary>
/// A value from outside (a signed request, Discord's answer) made fit for a log line, in one place:
/// control and formatting characters (CR, LF, ESC, BEL, bidi overrides, zero-width marks, lone
/// surrogates) become visible <c>\uXXXX</c> text, so a value cannot forge a line or drive the
/// operator's terminal; and it is cut at <see cref="MaxLength"/> characters, so it cannot fill the journal.
/// </summary>
public static class LogValue
{
    /// <summary>The most characters of a value a log line holds (room for a whole JSON parser message).</summary>
    public const int MaxLength = 240;

    /// <summary>The value as it may be logged: escaped, and cut with <c>…(N chars)</c> when longer than <see cref="MaxLength"/>.</summary>
    /// <param name="value">The value, as received; null is logged as <c>(none)</c>.</param>
    public static string Safe(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        if (value.Length <= MaxLength && IsPlain(value))
        {
            return value;
        }

        var text = new StringBuilder(MaxLength + 24);
        var at = 0;
        while (at < value.Length)
        {
            var pair = char.IsHighSurrogate(value[at]) && at + 1 < value.Length && char.IsLowSurrogate(value[at + 1]);
            var piece = pair ? value.Substring(at, 2)
                : NeedsEscape(value[at]) ? $"\\u{(int)value[at]:X4}"
                : value[at].ToString();
            if (text.Length + piece.Length > MaxLength)
            {
                break;
            }

            text.Append(piece);
            at += pair ? 2 : 1;
        }

        if (at < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"…({value.Length} chars)");
        }

        return text.ToString();
    }

    private static bool IsPlain(string value)
    {
        for (var at = 0; at < value.Length; at++)
        {
            if (char.IsHighSurrogate(value[at]) && at + 1 < value.Length && char.IsLowSurrogate(value[at + 1]))
            {
                at++;
            }
            else if (NeedsEscape(value[at]))
            {
                return false;
            }
        }

        return true;
    }

    // A lone surrogate half is not text: it can break the log's encoding. A pair is handled above.
    private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
