using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// The phrase syntax of the understanding file, compiled to a sequence of <see cref="PhraseNode"/>s.
/// Words are matched whole, after the same tokenizing as the description; <c>word*</c> matches any
/// word that begins so; <c>(a|b c)</c> is one of; <c>[a|b]</c> is optional; <c>~</c> is a gap of up
/// to <see cref="NegationRules.GapWords"/> words in one clause. Example: <c>(buyer|client) ~ (cancel*|refund)</c>.
/// Number phrases may also hold <c>{n}</c> (a number, digits or word), <c>{digits}</c> and <c>{unit}</c>.
/// </summary>
internal static class PhraseSyntax
{
    public static Outcome<PhraseSequence, string> Parse(string phrase, bool numbers = false)
    {
        try
        {
            var position = 0;
            var ways = Alternatives(phrase, ref position);
            if (position < phrase.Length)
            {
                throw new FormatException($"`{phrase[position]}` at position {position + 1} closes nothing that was opened");
            }

            var sequence = ways.Count == 1 ? ways[0] : [new PhraseNode(PhraseNodeKind.OneOf, "", [.. ways.Select(w => new PhraseSequence(w))])];
            var placeholders = Flatten(sequence).Where(n => n.Kind is PhraseNodeKind.Number or PhraseNodeKind.Digits or PhraseNodeKind.Unit).ToList();
            if (!numbers && placeholders.Count > 0)
            {
                throw new FormatException($"`{placeholders[0].Text}` belongs in a phrase under `numbers:`");
            }

            if (numbers && !placeholders.Any(n => n.Kind is PhraseNodeKind.Number or PhraseNodeKind.Digits))
            {
                throw new FormatException("a number phrase needs `{n}` or `{digits}` where the number stands");
            }

            if (FirstWords(sequence).CanBeEmpty)
            {
                throw new FormatException("it can be said with no words at all; make at least one word required");
            }

            return Outcome<PhraseSequence, string>.Success(new PhraseSequence(sequence));
        }
        catch (FormatException error)
        {
            return Outcome<PhraseSequence, string>.Failure([error.Message]);
        }
    }

    /// <summary>The words and stems a match can start with (for the index), and whether the phrase can be empty.</summary>
    /// <exception cref="FormatException">A gap could come first.</exception>
    public static (List<PhraseNode> Starts, bool CanBeEmpty) FirstWords(PhraseNode[] sequence, int from = 0)
    {
        var starts = new List<PhraseNode>();
        for (var i = from; i < sequence.Length; i++)
        {
            var node = sequence[i];
            switch (node.Kind)
            {
                case PhraseNodeKind.Word or PhraseNodeKind.Stem or PhraseNodeKind.Number or PhraseNodeKind.Digits:
                    starts.Add(node);
                    return (starts, false);
                case PhraseNodeKind.Gap or PhraseNodeKind.Unit:
                    throw new FormatException($"`{node.Text}` must stand after a word or number, not at the start");
                default:
                    var empty = node.Kind == PhraseNodeKind.Optional;
                    foreach (var way in node.Ways)
                    {
                        var (wayStarts, wayEmpty) = FirstWords(way.Nodes);
                        starts.AddRange(wayStarts);
                        empty |= wayEmpty;
                    }

                    if (!empty)
                    {
                        return (starts, false);
                    }

                    break;
            }
        }

        return (starts, true);
    }

    /// <summary>Every node of a phrase, groups opened.</summary>
    public static IEnumerable<PhraseNode> Flatten(IEnumerable<PhraseNode> sequence) =>
        sequence.SelectMany(node => node.Ways.Length == 0 ? [node] : node.Ways.SelectMany(way => Flatten(way.Nodes)));

    private static List<PhraseNode[]> Alternatives(string phrase, ref int position)
    {
        var result = new List<PhraseNode[]>();
        while (true)
        {
            result.Add(Sequence(phrase, ref position));
            if (position < phrase.Length && phrase[position] == '|')
            {
                position++;
                continue;
            }

            return result;
        }
    }

    private static PhraseNode[] Sequence(string phrase, ref int position)
    {
        var nodes = new List<PhraseNode>();
        while (true)
        {
            while (position < phrase.Length && phrase[position] == ' ')
            {
                position++;
            }

            if (position >= phrase.Length || phrase[position] is '|' or ')' or ']')
            {
                return [.. nodes];
            }

            nodes.AddRange(Item(phrase, ref position));
        }
    }

    private static IEnumerable<PhraseNode> Item(string phrase, ref int position)
    {
        var c = phrase[position];
        if (c is '(' or '[')
        {
            var close = c == '(' ? ')' : ']';
            position++;
            var ways = Alternatives(phrase, ref position);
            if (position >= phrase.Length || phrase[position] != close)
            {
                throw new FormatException($"`{c}` is never closed with `{close}`");
            }

            position++;
            return [new PhraseNode(close == ']' ? PhraseNodeKind.Optional : PhraseNodeKind.OneOf, "", [.. ways.Select(w => new PhraseSequence(w))])];
        }

        if (c == '~')
        {
            position++;
            return [PhraseNode.Gap];
        }

        var start = position;
        while (position < phrase.Length && phrase[position] is not (' ' or '|' or '(' or ')' or '[' or ']' or '~'))
        {
            position++;
        }

        return Words(phrase[start..position]);
    }

    // A word is tokenized as descriptions are, so "buyer's" or "e-mail" match what members write.
    private static List<PhraseNode> Words(string written)
    {
        if (PhraseNode.Placeholders.TryGetValue(written, out var placeholder))
        {
            return [placeholder];
        }

        if (written == "'s")
        {
            return [PhraseNode.Word(written)]; // as "buyer's" is split: "buyer" and "'s"
        }

        if (written.Contains('{', StringComparison.Ordinal))
        {
            throw new FormatException($"`{written}` is not a placeholder; placeholders: {string.Join(", ", PhraseNode.Placeholders.Keys)}");
        }

        var stem = written.EndsWith('*');
        var tokens = DescriptionText.Tokenize(stem ? written[..^1] : written, SpellingRules.None);
        if (tokens.Count == 0 || tokens.Any(t => t.Kind == TokenKind.Break))
        {
            throw new FormatException($"`{written}` is not a word the reader can match (sentence marks end a clause; leave them out)");
        }

        if (stem && (tokens.Count != 1 || tokens[0].Kind != TokenKind.Word))
        {
            throw new FormatException($"`{written}`: `*` goes after a single word of letters");
        }

        var nodes = tokens.Select(t => PhraseNode.Word(t.Text)).ToList();
        if (stem)
        {
            nodes[^1] = PhraseNode.Stem(nodes[^1].Text);
        }

        return nodes;
    }
}
