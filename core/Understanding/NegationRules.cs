namespace ForumHelper.Core.Understanding;

/// <summary>
/// When a signal is turned around: a negator (<c>not</c>, <c>never</c>, <c>hasn't</c>…) within a few
/// words before it, or inside one of its gaps, in the same clause. A clause ends at a break
/// (<c>. , ; ! ?</c>, a dash, a new line) or a word that starts a new thought (<c>but</c>, <c>and</c>…),
/// so "No, he answered" and "he didn't like it, but he answered" are not negated.
/// </summary>
internal sealed class NegationRules(IReadOnlySet<string> negators, IReadOnlySet<string> scopeBreakers, int window)
{
    /// <summary>How many words a <c>~</c> in a phrase may stand for.</summary>
    public const int GapWords = 3;

    public IReadOnlySet<string> Negators { get; } = negators;

    public IReadOnlySet<string> ScopeBreakers { get; } = scopeBreakers;

    /// <summary>How many words before a signal are searched for a negator.</summary>
    public int Window { get; } = window;

    public bool IsNegator(DescriptionToken token) => token.Kind == TokenKind.Word && Negators.Contains(token.Text);

    /// <summary>True for a token a gap or a negation may not reach across.</summary>
    public bool EndsClause(DescriptionToken token) => token.Kind == TokenKind.Break || (token.Kind == TokenKind.Word && ScopeBreakers.Contains(token.Text));

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
            if (EndsClause(tokens[i]))
            {
                return -1;
            }

            if (IsNegator(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
