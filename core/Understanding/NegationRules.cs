namespace ForumHelper.Core.Understanding;

/// <summary>
/// When a signal is turned around: a negator (<c>not</c>, <c>never</c>, <c>hasn't</c>…) within a few
/// words before it, or inside one of its gaps, in the same clause, with only small words between
/// (<c>the</c>, <c>him</c>, <c>even</c>… as the file lists them). A clause ends at a break
/// (<c>. , ; ! ?</c>, a dash, a new line) or a word that starts a new thought (<c>but</c>, <c>and</c>…),
/// and any other word ends the negation's reach too: "No, he answered", "he didn't like it, but he
/// answered" and "he doesn't like my draft in chat" do not negate "answered" or "draft in chat".
/// </summary>
internal sealed class NegationRules(IReadOnlySet<string> negators, IReadOnlySet<string> scopeBreakers, IReadOnlySet<string> passOver, int window)
{
    /// <summary>How many words a <c>~</c> in a phrase may stand for.</summary>
    public const int GapWords = 3;

    public IReadOnlySet<string> Negators { get; } = negators;

    public IReadOnlySet<string> ScopeBreakers { get; } = scopeBreakers;

    /// <summary>The small words a negation reaches over ("never sent <i>him the</i> draft").</summary>
    public IReadOnlySet<string> PassOver { get; } = passOver;

    /// <summary>How many words before a signal are searched for a negator.</summary>
    public int Window { get; } = window;

    /// <summary>What these rules say about a token, to be kept on it (<see cref="DescriptionToken.Marks"/>).</summary>
    public TokenMarks Mark(DescriptionToken token)
    {
        if (token.Kind == TokenKind.Break)
        {
            return TokenMarks.EndsClause;
        }

        if (token.Kind != TokenKind.Word)
        {
            return TokenMarks.None;
        }

        var marks = Negators.Contains(token.Text) ? TokenMarks.Negator : TokenMarks.None;
        marks |= ScopeBreakers.Contains(token.Text) ? TokenMarks.EndsClause : TokenMarks.None;
        return marks | (PassOver.Contains(token.Text) ? TokenMarks.PassOver : TokenMarks.None);
    }

    public static bool IsNegator(DescriptionToken token) => (token.Marks & TokenMarks.Negator) != 0;

    /// <summary>True for a token a gap or a negation may not reach across.</summary>
    public static bool EndsClause(DescriptionToken token) => (token.Marks & TokenMarks.EndsClause) != 0;

    /// <summary>The negator turning around a signal that starts at <paramref name="start"/>, or -1.</summary>
    public int NegatorBefore(DescriptionToken[] tokens, int start)
    {
        // A signal that opens a clause ("since I delivered") is out of reach of the clause before it.
        if (EndsClause(tokens[start]))
        {
            return -1;
        }

        for (var i = start - 1; i >= 0 && i >= start - Window; i--)
        {
            var marks = tokens[i].Marks;
            if ((marks & TokenMarks.EndsClause) != 0)
            {
                return -1;
            }

            if ((marks & TokenMarks.Negator) != 0)
            {
                return i;
            }

            if (tokens[i].Kind == TokenKind.Word && (marks & TokenMarks.PassOver) == 0)
            {
                return -1; // a word of its own: the negation belongs to it ("doesn't like my draft")
            }
        }

        return -1;
    }
}
