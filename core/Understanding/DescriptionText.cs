using System.Text;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// A description split into tokens the way the reader sees it: lower case, apostrophes straight,
/// <c>'s</c> split off, spelling mended, numbers kept whole (<c>1,200</c>), digits and letters apart
/// (<c>6h</c> is <c>6 h</c>), and clause ends as breaks. <see cref="Normalized"/> is the same tokens
/// joined by single spaces (a break is <c>.</c>): what the <c>regex:</c> patterns of the
/// understanding file see. Lives only while one description is read; never kept or logged.
/// </summary>
internal sealed class DescriptionText
{
    private int[]? _normalizedStarts;
    private string? _normalized;

    private DescriptionText(string original, DescriptionToken[] tokens)
    {
        Original = original;
        Tokens = tokens;
    }

    public string Original { get; }

    public DescriptionToken[] Tokens { get; }

    /// <summary>The tokens joined by single spaces; built on first use, since only regex signals need it.</summary>
    public string Normalized => _normalized ??= Join();

    /// <summary>The description's tokens, each finished by <paramref name="finish"/> (numbered and marked by the reader).</summary>
    public static DescriptionText Read(string text, SpellingRules spelling, Func<DescriptionToken, DescriptionToken> finish)
    {
        var tokens = Tokenize(text, spelling);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = finish(span[i]);
        }

        return new(text, [.. tokens]);
    }

    /// <summary>The tokens of <paramref name="text"/>, with <paramref name="spelling"/> applied to each word.</summary>
    public static List<DescriptionToken> Tokenize(string text, SpellingRules spelling)
    {
        var tokens = new List<DescriptionToken>(text.Length / 4 + 1);
        var word = new StringBuilder(24);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var digits = char.IsDigit(c);
                word.Clear();
                while (i < text.Length)
                {
                    var d = text[i];
                    if (digits ? char.IsDigit(d) : char.IsLetter(d))
                    {
                        word.Append(char.ToLowerInvariant(d));
                    }
                    else if (digits && d is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        word.Append(d); // 1,200 and 4.9 stay one number
                    }
                    else if (!digits && IsApostrophe(d) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        word.Append('\'');
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                AddWord(tokens, word.ToString(), digits, start, i, spelling);
                continue;
            }

            if (c is '$' or '%' or '€' or '£' or '+' or ':')
            {
                tokens.Add(new DescriptionToken(c.ToString(), TokenKind.Symbol, i, i + 1));
            }
            else if (IsBreak(text, i) && (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Break))
            {
                tokens.Add(new DescriptionToken(".", TokenKind.Break, i, i + 1));
            }

            i++;
        }

        return tokens;
    }

    /// <summary>The token that holds (or is the first after) a position of <see cref="Normalized"/>.</summary>
    public int TokenAt(int normalizedIndex)
    {
        _ = Normalized;
        var found = Array.BinarySearch(_normalizedStarts!, normalizedIndex);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }

    /// <summary>The original words of tokens <paramref name="first"/> up to (not including) <paramref name="end"/>, for "I read this as".</summary>
    public string Excerpt(int first, int end, int maxLength)
    {
        var text = Original[Tokens[first].Start..Tokens[end - 1].End];
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    private string Join()
    {
        _normalizedStarts = new int[Tokens.Length];
        var normalized = new StringBuilder(Original.Length + 16);
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (i > 0)
            {
                normalized.Append(' ');
            }

            _normalizedStarts[i] = normalized.Length;
            normalized.Append(Tokens[i].Text);
        }

        return normalized.ToString();
    }

    private static void AddWord(List<DescriptionToken> tokens, string text, bool digits, int start, int end, SpellingRules spelling)
    {
        if (digits)
        {
            tokens.Add(new DescriptionToken(text, TokenKind.Number, start, end));
            return;
        }

        // "buyer's" is "buyer" and "'s", so that "buyer" matches either way.
        if (text.Length > 2 && text.EndsWith("'s", StringComparison.Ordinal))
        {
            AddWord(tokens, text[..^2], digits: false, start, end - 2, spelling);
            tokens.Add(new DescriptionToken("'s", TokenKind.Word, end - 2, end));
            return;
        }

        var mended = spelling.Mend(text);
        if (!mended.Contains(' ', StringComparison.Ordinal))
        {
            tokens.Add(new DescriptionToken(mended, TokenKind.Word, start, end));
            return;
        }

        // "wanna" read as "want to": both words stand where the one was written.
        foreach (var part in mended.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new DescriptionToken(part, TokenKind.Word, start, end));
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`';

    // Sentence and clause ends, and a dash standing between spaces ("I delivered - he never answered").
    private static bool IsBreak(string text, int i) => text[i] switch
    {
        '.' or '!' or '?' or ';' or ',' or '\n' or '—' or '–' or '…' => true,
        '-' => (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])),
        _ => false,
    };
}
