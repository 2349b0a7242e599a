using System.Globalization;
using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// Finds every signal of the understanding file in one description: phrases by their first word
/// (a dictionary lookup per token, so a long file costs little more than a short one), then the
/// regexes and number patterns over the normalized text. What to make of the signals is
/// <see cref="FactResolver"/>'s job.
/// </summary>
internal sealed class DescriptionReader
{
    private readonly NegationRules _negation;
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    private readonly Dictionary<string, List<ValueSignal>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Stem, ValueSignal Signal)> _byFirstStem = [];
    private readonly ValueSignal[] _regexSignals;
    private readonly NumberSignal[] _numberSignals;

    public DescriptionReader(IEnumerable<ValueSignal> signals, IEnumerable<NumberSignal> numbers, NegationRules negation, SpellingRules spelling, IReadOnlyDictionary<string, double> numberWords)
    {
        _negation = negation;
        Spelling = spelling;
        _numberWords = numberWords;
        var regexes = new List<ValueSignal>();
        foreach (var signal in signals)
        {
            if (signal.Pattern is not null)
            {
                regexes.Add(signal);
                continue;
            }

            var (starts, _) = PhraseSyntax.FirstWords(signal.Phrase!);
            foreach (var word in starts.Where(n => n.Kind == PhraseNodeKind.Word).Select(n => n.Text).Distinct(StringComparer.Ordinal))
            {
                if (!_byFirstWord.TryGetValue(word, out var list))
                {
                    _byFirstWord[word] = list = [];
                }

                list.Add(signal);
            }

            foreach (var stem in starts.Where(n => n.Kind == PhraseNodeKind.Stem).Select(n => n.Text).Distinct(StringComparer.Ordinal))
            {
                _byFirstStem.Add((stem, signal));
            }
        }

        _regexSignals = [.. regexes];
        _numberSignals = [.. numbers];
    }

    public SpellingRules Spelling { get; }

    public List<SignalHit> Hits(DescriptionText text)
    {
        var hits = new List<SignalHit>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Break)
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
            {
                foreach (var signal in candidates)
                {
                    TryPhrase(signal, tokens, i, hits);
                }
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                foreach (var (stem, signal) in _byFirstStem)
                {
                    if (tokens[i].Text.StartsWith(stem, StringComparison.Ordinal))
                    {
                        TryPhrase(signal, tokens, i, hits);
                    }
                }
            }
        }

        foreach (var signal in _regexSignals)
        {
            foreach (var match in Matches(signal.Pattern!, text.Normalized))
            {
                var (first, end) = Span(text, match);
                hits.Add(new SignalHit(signal.Fact, signal.Code, signal.Strength, first, end, _negation.NegatorBefore(tokens, first), match.Value));
            }
        }

        foreach (var signal in _numberSignals)
        {
            foreach (var match in Matches(signal.Pattern, text.Normalized))
            {
                if (NumberHit(signal, match, text) is { } hit)
                {
                    hits.Add(hit);
                }
            }
        }

        return hits;
    }

    private void TryPhrase(ValueSignal signal, DescriptionToken[] tokens, int start, List<SignalHit> hits)
    {
        var gapNegator = -1;
        var end = Match(signal.Phrase!, 0, null, tokens, start, ref gapNegator);
        if (end <= start)
        {
            return;
        }

        var negator = gapNegator >= 0 ? gapNegator : _negation.NegatorBefore(tokens, start);
        var key = string.Join(' ', tokens[start..end].Select(t => t.Text));

        // One phrase may be indexed under several of its first words or stems: one hit per place.
        for (var i = hits.Count - 1; i >= 0 && hits[i].First == start; i--)
        {
            if (ReferenceEquals(hits[i].Fact, signal.Fact) && hits[i].Code == signal.Code && hits[i].Strength == signal.Strength && hits[i].End >= end)
            {
                return;
            }
        }

        hits.Add(new SignalHit(signal.Fact, signal.Code, signal.Strength, start, end, negator, key));
    }

    // The end of a match of sequence[index..], then of what follows it in the enclosing phrase
    // (`after`), from token `at`; -1 when there is none. Optional parts and the shortest gaps are
    // tried first, then the rest, so the first match found is returned.
    private int Match(PhraseNode[] sequence, int index, Continuation? after, DescriptionToken[] tokens, int at, ref int gapNegator)
    {
        if (index == sequence.Length)
        {
            return after is null ? at : Match(after.Sequence, after.Index, after.After, tokens, at, ref gapNegator);
        }

        var node = sequence[index];
        switch (node.Kind)
        {
            case PhraseNodeKind.Word or PhraseNodeKind.Stem:
                return at < tokens.Length && node.Accepts(tokens[at]) ? Match(sequence, index + 1, after, tokens, at + 1, ref gapNegator) : -1;

            case PhraseNodeKind.Gap:
                var negatorSoFar = -1;
                for (var skipped = 0; skipped <= NegationRules.GapWords; skipped++)
                {
                    if (skipped > 0)
                    {
                        var skippedToken = at + skipped - 1;
                        if (skippedToken >= tokens.Length || _negation.EndsClause(tokens[skippedToken]))
                        {
                            return -1;
                        }

                        if (negatorSoFar < 0 && _negation.IsNegator(tokens[skippedToken]))
                        {
                            negatorSoFar = skippedToken;
                        }
                    }

                    var inner = -1;
                    var end = Match(sequence, index + 1, after, tokens, at + skipped, ref inner);
                    if (end >= 0)
                    {
                        gapNegator = negatorSoFar >= 0 ? negatorSoFar : inner;
                        return end;
                    }
                }

                return -1;

            default:
                var rest = new Continuation(sequence, index + 1, after);
                foreach (var way in node.Ways)
                {
                    var inner = -1;
                    var end = Match(way, 0, rest, tokens, at, ref inner);
                    if (end >= 0)
                    {
                        gapNegator = inner;
                        return end;
                    }
                }

                return node.Kind == PhraseNodeKind.Optional ? Match(sequence, index + 1, after, tokens, at, ref gapNegator) : -1;
        }
    }

    /// <summary>What is left to match after a group: the rest of the enclosing sequence, and what follows that.</summary>
    private sealed record Continuation(PhraseNode[] Sequence, int Index, Continuation? After);

    private SignalHit? NumberHit(NumberSignal signal, Match match, DescriptionText text)
    {
        var written = match.Groups["n"].Value;
        double number;
        if (written.Length > 0 && char.IsDigit(written[0]))
        {
            if (!double.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
            {
                return null;
            }
        }
        else if (!_numberWords.TryGetValue(written, out number))
        {
            return null;
        }

        var unit = match.Groups["unit"];
        if (unit.Success && signal.Units.TryGetValue(unit.Value, out var factor))
        {
            number *= factor;
        }

        var (first, end) = Span(text, match);
        var fact = signal.Fact;
        if (fact.Kind == FactKind.Integer)
        {
            var rounded = Math.Round(number, MidpointRounding.AwayFromZero);
            var outOfRange = rounded < fact.Min || rounded > fact.Max;
            var code = outOfRange ? -1 : (int)rounded;
            return new SignalHit(fact, code, signal.Strength, first, end, -1, match.Value, outOfRange);
        }

        foreach (var (atLeast, code) in signal.Thresholds)
        {
            if (number >= atLeast)
            {
                return new SignalHit(fact, code, signal.Strength, first, end, -1, match.Value);
            }
        }

        return null;
    }

    private static (int First, int End) Span(DescriptionText text, Match match) =>
        (text.TokenAt(match.Index), text.TokenAt(match.Index + Math.Max(match.Length, 1) - 1) + 1);

    private static IEnumerable<Match> Matches(Regex pattern, string normalized)
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
}
