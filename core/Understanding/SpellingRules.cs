namespace ForumHelper.Core.Understanding;

/// <summary>
/// How the reader mends the spelling of a description before matching: words written another way
/// (<c>didnt</c>, <c>u</c>) read as listed, and a misspelt word one letter away (missing, extra,
/// changed, or two swapped; the first letter right) from one of a short list of words reads as that
/// word, a letter left out being the likeliest slip when several are as close. Only that
/// list is ever a target, so an ordinary word is never "fixed" into a signal (<c>contact</c> never
/// becomes <c>contract</c>); words the reader knows are never touched.
/// </summary>
internal sealed class SpellingRules
{
    /// <summary>Shorter words are left as written: one letter changes too much of them.</summary>
    public const int ShortestFixed = 5;

    private readonly IReadOnlyDictionary<string, string> _sameAs;
    private readonly string[] _fixTowards;

    // The targets by length and first letter, so a word is compared only with those one letter
    // longer, shorter or as long that start alike (a slip in the very first letter is left as written).
    private readonly Dictionary<(int Length, char First), string[]> _fixTowardsByLength;
    private readonly HashSet<string> _known;

    public SpellingRules(IReadOnlyDictionary<string, string> sameAs, IEnumerable<string> fixTowards, IEnumerable<string> known)
    {
        _sameAs = sameAs;
        _fixTowards = [.. fixTowards.Distinct(StringComparer.Ordinal)];
        _fixTowardsByLength = _fixTowards.Where(w => w.Length > 0).GroupBy(w => (w.Length, w[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _known = new HashSet<string>(known, StringComparer.Ordinal);
        _known.UnionWith(_fixTowards);
    }

    /// <summary>No mending at all: for the words of the patterns themselves.</summary>
    public static SpellingRules None { get; } = new(new Dictionary<string, string>(), [], []);

    /// <summary>The word as the reader takes it: <paramref name="word"/> itself, or the word it was meant to be.</summary>
    public string Mend(string word)
    {
        if (_sameAs.TryGetValue(word, out var same))
        {
            return same;
        }

        if (word.Length < ShortestFixed || _fixTowards.Length == 0 || _known.Contains(word))
        {
            return word;
        }

        // A letter left out is the commonest slip ("deliverd"), so a target one letter longer is
        // preferred; among equally likely targets, guessing would be a coin toss.
        string? found = null;
        var foundRank = int.MaxValue;
        var tied = false;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            foreach (var target in Targets(length, word[0]))
            {
                if (!OneEditApart(word, target))
                {
                    continue;
                }

                var rank = (target.Length - word.Length) switch { 1 => 0, 0 => 1, _ => 2 };
                if (rank < foundRank)
                {
                    (found, foundRank, tied) = (target, rank, false);
                }
                else if (rank == foundRank)
                {
                    tied = true;
                }
            }
        }

        return found is not null && !tied ? found : word;
    }

    private string[] Targets(int length, char first) => _fixTowardsByLength.TryGetValue((length, first), out var targets) ? targets : [];

    /// <summary>True when one letter missing, added or changed, or two neighbours swapped, turn one word into the other.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }

            return differences == 1
                || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }

        var skipped = false;
        for (int l = 0, s = 0; s < shorter.Length; l++)
        {
            if (longer[l] == shorter[s])
            {
                s++;
            }
            else if (skipped)
            {
                return false;
            }
            else
            {
                skipped = true;
            }
        }

        return true;
    }
}
