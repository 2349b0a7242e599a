using System.Globalization;
using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// Finds every signal of the understanding file in one description. Phrases are looked up by their
/// possible first word (a dictionary lookup per token, so a long file costs little more than a
/// short one) and matched token by token; regexes scan the normalized text, which is slower, so the
/// file keeps them few. What to make of the signals is <see cref="FactResolver"/>'s job.
/// </summary>
internal sealed class DescriptionReader
{
    private const string AnyNumber = "{n}";
    private const string DigitsOnly = "{digits}";

    private readonly NegationRules _negation;
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    private readonly Dictionary<string, List<Indexed>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Stem, Indexed Signal)>> _byFirstStem = [];
    private readonly List<(Regex Pattern, Indexed Signal)> _regexes = [];
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);

    public DescriptionReader(IEnumerable<ValueSignal> signals, IEnumerable<NumberSignal> numbers, NegationRules negation, SpellingRules spelling, IReadOnlyDictionary<string, double> numberWords)
    {
        _negation = negation;
        Spelling = spelling;
        _numberWords = numberWords;
        foreach (var signal in signals)
        {
            Add(signal.Phrase, signal.Pattern, new Indexed(signal.Phrase, signal, null));
        }

        foreach (var signal in numbers)
        {
            Add(signal.Phrase, signal.Pattern, new Indexed(signal.Phrase, null, signal));
        }

        // Every word of every phrase gets a number, so matching compares numbers, not strings.
        var nodes = _byFirstWord.Values.SelectMany(list => list).Concat(_byFirstStem.Values.SelectMany(list => list.Select(s => s.Signal)))
            .Where(s => s.Phrase is not null).Select(s => s.Phrase!).Distinct().SelectMany(p => AllNodes(p.Nodes)).ToList();
        foreach (var word in nodes.Where(n => n.Kind == PhraseNodeKind.Word).Select(n => n.Text).Concat(nodes.SelectMany(n => n.SingleWords)))
        {
            _vocabulary.TryAdd(word, _vocabulary.Count);
        }

        foreach (var node in nodes)
        {
            node.Bind(_vocabulary);
        }

        foreach (var signal in _byFirstWord.Values.SelectMany(list => list).Concat(_byFirstStem.Values.SelectMany(list => list.Select(s => s.Signal))).Where(s => s.Phrase is not null))
        {
            signal.SecondWords = SecondWords(signal.Phrase!);
        }
    }

    public SpellingRules Spelling { get; }

    /// <summary>A description's tokens, numbered from the vocabulary and marked by the negation rules.</summary>
    public DescriptionText Prepare(string text) =>
        DescriptionText.Read(text, Spelling, token => token with
        {
            Id = token.Kind == TokenKind.Break ? -1 : _vocabulary.GetValueOrDefault(token.Text, -1),
            Marks = _negation.Mark(token),
        });

    // Groups included: every node of a phrase, each once.
    private static IEnumerable<PhraseNode> AllNodes(IEnumerable<PhraseNode> sequence) =>
        sequence.SelectMany(node => node.Ways.Length == 0 ? [node] : node.Ways.SelectMany(way => AllNodes(way.Nodes)).Prepend(node));

    public List<SignalHit> Hits(DescriptionText text)
    {
        var hits = new List<SignalHit>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Break)
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(token.Text, out var candidates))
            {
                TryAll(candidates, tokens, i, hits);
            }

            if (token.Kind == TokenKind.Number || _numberWords.ContainsKey(token.Text))
            {
                if (_byFirstWord.TryGetValue(AnyNumber, out var numberFirst))
                {
                    TryAll(numberFirst, tokens, i, hits);
                }

                if (token.Kind == TokenKind.Number && _byFirstWord.TryGetValue(DigitsOnly, out var digitsFirst))
                {
                    TryAll(digitsFirst, tokens, i, hits);
                }
            }

            if (token.Kind == TokenKind.Word && _byFirstStem.TryGetValue(token.Text[0], out var stems))
            {
                foreach (var (stem, signal) in stems)
                {
                    if (token.Text.StartsWith(stem, StringComparison.Ordinal))
                    {
                        TryPhrase(signal, tokens, i, hits);
                    }
                }
            }
        }

        foreach (var (pattern, signal) in _regexes)
        {
            foreach (var match in Matches(pattern, text.Normalized))
            {
                var (first, end) = Span(text, match);
                if (signal.Value is { } value)
                {
                    hits.Add(new SignalHit(value.Fact, value.Code, value.Strength, first, end, _negation.NegatorBefore(tokens, first), match.Value));
                }
                else if (match.Groups["n"] is { Success: true } number && Excluded(signal.Number!, tokens, first, end) is false)
                {
                    var unit = match.Groups["unit"];
                    AddNumber(signal.Number!, number.Value, unit.Success ? unit.Value : null, first, end, match.Value, hits);
                }
            }
        }

        return hits;
    }

    private void Add(PhraseSequence? phrase, Regex? pattern, Indexed signal)
    {
        if (pattern is not null)
        {
            _regexes.Add((pattern, signal));
            return;
        }

        var (starts, _) = PhraseSyntax.FirstWords(phrase!.Nodes);
        foreach (var key in starts.Where(n => n.Kind != PhraseNodeKind.Stem).Select(Key).Distinct(StringComparer.Ordinal))
        {
            if (!_byFirstWord.TryGetValue(key, out var list))
            {
                _byFirstWord[key] = list = [];
            }

            list.Add(signal);
        }

        foreach (var stem in starts.Where(n => n.Kind == PhraseNodeKind.Stem).Select(n => n.Text).Distinct(StringComparer.Ordinal))
        {
            if (!_byFirstStem.TryGetValue(stem[0], out var stems))
            {
                _byFirstStem[stem[0]] = stems = [];
            }

            stems.Add((stem, signal));
        }

        static string Key(PhraseNode node) => node.Kind switch
        {
            PhraseNodeKind.Number => AnyNumber,
            PhraseNodeKind.Digits => DigitsOnly,
            _ => node.Text,
        };
    }

    private void TryAll(List<Indexed> candidates, DescriptionToken[] tokens, int start, List<SignalHit> hits)
    {
        foreach (var signal in candidates)
        {
            TryPhrase(signal, tokens, start, hits);
        }
    }

    private void TryPhrase(Indexed signal, DescriptionToken[] tokens, int start, List<SignalHit> hits)
    {
        // Most phrases tried at a word fail at the next one: a bit test saves the attempt.
        if (signal.SecondWords is { } second && (start + 1 >= tokens.Length || !HasBit(second, tokens[start + 1].Id)))
        {
            return;
        }

        var found = MatchCapture.None;
        var end = Match(signal.Phrase!, 0, tokens, start, signal.Number?.Units, ref found);
        if (end <= start)
        {
            return;
        }

        if (signal.Number is { } number)
        {
            if (!Excluded(number, tokens, start, end))
            {
                AddNumber(number, tokens[found.NumberAt].Text, found.UnitAt >= 0 ? tokens[found.UnitAt].Text : null, start, end, Key(tokens, start, end), hits);
            }

            return;
        }

        var value = signal.Value!;
        var negator = found.GapNegator >= 0 ? found.GapNegator : _negation.NegatorBefore(tokens, start);

        // A phrase indexed under several of its first words or stems is tried more than once at one place.
        for (var i = hits.Count - 1; i >= 0 && hits[i].First == start; i--)
        {
            if (ReferenceEquals(hits[i].Fact, value.Fact) && hits[i].Code == value.Code && hits[i].Strength == value.Strength && hits[i].End >= end)
            {
                return;
            }
        }

        hits.Add(new SignalHit(value.Fact, value.Code, value.Strength, start, end, negator, value.Strength == SignalStrength.Weak ? Key(tokens, start, end) : ""));
    }

    private static string Key(DescriptionToken[] tokens, int start, int end) => string.Join(' ', tokens[start..end].Select(t => t.Text));

    // The end of a match of sequence.Nodes[index..], then of what follows it in the enclosing
    // sequences, from token `at`; -1 when there is none. Optional parts and the shortest gaps are
    // tried first. What a match captured is written into `found` on the way back from a success only.
    private int Match(PhraseSequence sequence, int index, DescriptionToken[] tokens, int at, IReadOnlyDictionary<string, double>? units, ref MatchCapture found)
    {
        var nodes = sequence.Nodes;
        if (index == nodes.Length)
        {
            return sequence.Parent is null ? at : Match(sequence.Parent, sequence.ResumeAt, tokens, at, units, ref found);
        }

        var node = nodes[index];
        int end;
        switch (node.Kind)
        {
            case PhraseNodeKind.Word or PhraseNodeKind.Stem:
                return at < tokens.Length && node.Accepts(tokens[at]) ? Match(sequence, index + 1, tokens, at + 1, units, ref found) : -1;

            case PhraseNodeKind.Number or PhraseNodeKind.Digits:
                if (at >= tokens.Length || !(tokens[at].Kind == TokenKind.Number || (node.Kind == PhraseNodeKind.Number && tokens[at].Kind == TokenKind.Word && _numberWords.ContainsKey(tokens[at].Text))))
                {
                    return -1;
                }

                end = Match(sequence, index + 1, tokens, at + 1, units, ref found);
                if (end >= 0)
                {
                    found.NumberAt = at;
                }

                return end;

            case PhraseNodeKind.Unit:
                if (at >= tokens.Length || units is null || tokens[at].Kind != TokenKind.Word || !units.ContainsKey(tokens[at].Text))
                {
                    return -1;
                }

                end = Match(sequence, index + 1, tokens, at + 1, units, ref found);
                if (end >= 0)
                {
                    found.UnitAt = at;
                }

                return end;

            case PhraseNodeKind.Gap:
                var negatorSoFar = -1;
                for (var skipped = 0; skipped <= NegationRules.GapWords; skipped++)
                {
                    if (skipped > 0)
                    {
                        var skippedToken = at + skipped - 1;
                        if (skippedToken >= tokens.Length || NegationRules.EndsClause(tokens[skippedToken]))
                        {
                            return -1;
                        }

                        if (negatorSoFar < 0 && NegationRules.IsNegator(tokens[skippedToken]))
                        {
                            negatorSoFar = skippedToken;
                        }
                    }

                    end = Match(sequence, index + 1, tokens, at + skipped, units, ref found);
                    if (end >= 0)
                    {
                        if (negatorSoFar >= 0)
                        {
                            found.GapNegator = negatorSoFar;
                        }

                        return end;
                    }
                }

                return -1;

            default:
                // One-word ways by a set lookup (only one can match a token), then the others in order.
                if (at < tokens.Length && node.HasSingleWord(tokens[at]))
                {
                    end = Match(sequence, index + 1, tokens, at + 1, units, ref found);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                foreach (var way in node.OtherWays) // an array: no enumerator to allocate
                {
                    end = Match(way, 0, tokens, at, units, ref found);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                return node.Kind == PhraseNodeKind.Optional ? Match(sequence, index + 1, tokens, at, units, ref found) : -1;
        }
    }

    private static bool Excluded(NumberSignal signal, DescriptionToken[] tokens, int first, int end)
    {
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            if (tokens[i].Kind != TokenKind.Break && signal.NotAfter.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return end < tokens.Length && signal.NotBefore.Contains(tokens[end].Text);
    }

    private void AddNumber(NumberSignal signal, string written, string? unit, int first, int end, string key, List<SignalHit> hits)
    {
        double number;
        if (written.Length > 0 && char.IsDigit(written[0]))
        {
            if (!double.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
            {
                return;
            }
        }
        else if (!_numberWords.TryGetValue(written, out number))
        {
            return;
        }

        if (unit is not null && signal.Units.TryGetValue(unit, out var factor))
        {
            number *= factor;
        }

        var fact = signal.Fact;
        if (fact.Kind == FactKind.Integer)
        {
            var rounded = Math.Round(number, MidpointRounding.AwayFromZero);
            var outOfRange = rounded < fact.Min || rounded > fact.Max;
            hits.Add(new SignalHit(fact, outOfRange ? -1 : (int)rounded, signal.Strength, first, end, -1, key, outOfRange));
            return;
        }

        foreach (var (atLeast, code) in signal.Thresholds)
        {
            if (number >= atLeast)
            {
                hits.Add(new SignalHit(fact, code, signal.Strength, first, end, -1, key));
                return;
            }
        }
    }

    private static (int First, int End) Span(DescriptionText text, Match match) =>
        (text.TokenAt(match.Index), text.TokenAt(match.Index + Math.Max(match.Length, 1) - 1) + 1);

    private static List<Match> Matches(Regex pattern, string normalized)
    {
        // A pattern slow on some text (the file is maintainers' work) reads as no match, never as an error that could echo the text.
        var found = new List<Match>();
        try
        {
            for (var match = pattern.Match(normalized); match.Success; match = match.NextMatch())
            {
                found.Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        return found;
    }

    /// <summary>
    /// The words that can follow a phrase's first word, as bits by vocabulary number; null when
    /// anything can (a gap, a word's beginning or a number comes second, or the phrase may end there).
    /// </summary>
    private ulong[]? SecondWords(PhraseSequence phrase)
    {
        var second = new List<PhraseNode>();
        foreach (var (sequence, index) in Consuming(phrase, 0))
        {
            if (sequence is null)
            {
                return null; // cannot happen (a phrase has a word), but then anything goes
            }

            foreach (var next in Consuming(sequence, index + 1))
            {
                if (next.Sequence is null)
                {
                    return null; // the phrase can end after one word
                }

                second.Add(next.Sequence.Nodes[next.Index]);
            }
        }

        if (second.Any(node => node.Kind != PhraseNodeKind.Word))
        {
            return null;
        }

        var bits = new ulong[(_vocabulary.Count + 63) / 64];
        foreach (var node in second)
        {
            bits[node.Id >> 6] |= 1UL << node.Id;
        }

        return bits;
    }

    // The places where the next token is taken, from (sequence, index) on: groups opened, optional
    // parts skipped, the enclosing sequence resumed at the end of a way; (null, -1) for the phrase's end.
    private static IEnumerable<(PhraseSequence? Sequence, int Index)> Consuming(PhraseSequence sequence, int index)
    {
        if (index == sequence.Nodes.Length)
        {
            return sequence.Parent is null ? [(null, -1)] : Consuming(sequence.Parent, sequence.ResumeAt);
        }

        var node = sequence.Nodes[index];
        if (node.Ways.Length == 0)
        {
            return [(sequence, index)];
        }

        var inside = node.Ways.SelectMany(way => Consuming(way, 0));
        return node.Kind == PhraseNodeKind.Optional ? inside.Concat(Consuming(sequence, index + 1)) : inside;
    }

    private static bool HasBit(ulong[] bits, int id) => id >= 0 && (bits[id >> 6] & (1UL << id)) != 0;

    /// <summary>A phrase or regex with the signal it stands for: a value's, or a number pattern's.</summary>
    private sealed record Indexed(PhraseSequence? Phrase, ValueSignal? Value, NumberSignal? Number)
    {
        /// <summary>The words that can come second, set once when the reader is built (null: any).</summary>
        public ulong[]? SecondWords { get; set; }
    }

    /// <summary>What one match captured: the number's and unit's tokens, and a negator inside a gap (-1: none).</summary>
    private struct MatchCapture
    {
        public static MatchCapture None => new() { NumberAt = -1, UnitAt = -1, GapNegator = -1 };

        public int NumberAt;
        public int UnitAt;
        public int GapNegator;
    }
}
