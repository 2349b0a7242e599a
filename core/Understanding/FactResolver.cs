using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// Decides each fact from the signals found, preferring a missing fact to a wrong one:
/// <list type="bullet">
/// <item>Of overlapping signals of one fact for different values, the longest speaks ("delivered the first draft" over "I delivered"), unless it is weaker.</item>
/// <item>A negated signal counts for the value it is marked to mean ("never answered": <c>silent</c>), or else only against its own value.</item>
/// <item>A value is clear with one strong signal; when no value has one, with two separate, different weak ones; or with a weak one after a clear signal of a value it is <c>clear-after</c>. A lone weak signal makes the fact unclear (unless the file says <c>weak-alone: unsaid</c>).</item>
/// <item>Two clear values make the fact unclear, unless one outranks the other (a later stage over an earlier one).</item>
/// <item>A clear value that is also negated ("I delivered… I didn't deliver") is unclear.</item>
/// <item>A number fact is clear with one number from strong patterns; two different numbers, a number outside its range, or weak patterns alone make it unclear.</item>
/// </list>
/// An <c>ignore:</c> phrase ("no answer from support", for the buyer's behaviour) silences the shorter
/// signals it overlaps and says nothing itself. Upwork-only facts are dropped when the description names another marketplace: they were probably misread.
/// </summary>
internal static class FactResolver
{
    private const int MaxEvidence = 80;

    public static DescriptionReading Resolve(List<SignalHit> hits, IReadOnlyDictionary<string, FactRule> rules, DescriptionText text)
    {
        var facts = new Dictionary<string, int>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        var unclear = new List<string>();

        // One pass sorts the signals by fact (the marketplace, which has no index, goes last).
        var byFact = new List<SignalHit>?[FactCatalog.All.Count];
        foreach (var hit in hits)
        {
            var slot = hit.Fact.Index >= 0 ? hit.Fact.Index : byFact.Length - 1;
            (byFact[slot] ??= []).Add(hit);
        }

        foreach (var fact in FactCatalog.All)
        {
            var slot = fact.Index >= 0 ? fact.Index : byFact.Length - 1;
            if (byFact[slot] is not { } found || !rules.TryGetValue(fact.Name, out var rule))
            {
                continue;
            }

            var factHits = LongestOfOverlapping(found);
            factHits.RemoveAll(h => h.Code == ValueSignal.Ignored);
            if (factHits.Count == 0)
            {
                continue;
            }

            var (decided, shownBy) = fact.Kind == FactKind.Integer ? Number(factHits) : Choice(factHits, rule);
            if (decided is { } code)
            {
                facts[fact.Name] = code;
                evidence[fact.Name] = text.Excerpt(shownBy!.Value.ExcerptStart, shownBy.Value.End, MaxEvidence);
            }
            else if (shownBy is not null)
            {
                unclear.Add(fact.Name);
            }
        }

        if (facts.TryGetValue(FactCatalog.MarketplaceFact.Name, out var marketplace))
        {
            foreach (var fact in FactCatalog.All.Where(f => !f.AppliesTo((Marketplace)marketplace)))
            {
                facts.Remove(fact.Name);
                evidence.Remove(fact.Name);
                unclear.Remove(fact.Name);
            }
        }

        return new DescriptionReading(facts, evidence, unclear);
    }

    // Null code and a hit: unclear. Null code and no hit: nothing worth asking about (only negations).
    private static (int? Code, SignalHit? ShownBy) Choice(List<SignalHit> hits, FactRule rule)
    {
        var plain = new List<SignalHit>();
        var negated = new HashSet<int>();
        foreach (var hit in hits)
        {
            if (!hit.Negated)
            {
                plain.Add(hit);
            }
            else if (rule.Values.TryGetValue(hit.Code, out var value) && value.NegatedMeans is { } meant)
            {
                plain.Add(hit with { Code = meant });
            }
            else
            {
                negated.Add(hit.Code);
            }
        }

        // Weak hints add up only when nothing is said outright, and only hints apart from each other count twice.
        var clear = plain.Where(h => h.Strength == SignalStrength.Strong).Select(h => h.Code).Distinct().ToList();
        if (clear.Count == 0)
        {
            clear = plain.GroupBy(h => h.Code).Where(g => SeparateHints(g) >= 2).Select(g => g.Key).ToList();
        }

        clear.AddRange(plain.Select(h => h.Code).Distinct()
            .Where(code => !clear.Contains(code) && rule.Values.TryGetValue(code, out var value) && value.ClearAfter.Any(clear.Contains))
            .ToList());
        if (clear.Count == 0)
        {
            return (null, plain.Count > 0 && rule.WeakAloneUnclear ? plain[0] : null);
        }

        var standing = clear.Where(code => !clear.Any(other => other != code && rule.Values.TryGetValue(other, out var value) && value.Outranks.Contains(code))).ToList();
        if (standing.Count != 1 || negated.Contains(standing[0]))
        {
            return (null, plain[0]);
        }

        var taken = standing[0];
        var shown = plain.Where(h => h.Code == taken).OrderBy(h => h.Strength).ThenBy(h => h.First).First();
        return (taken, shown);
    }

    private static int SeparateHints(IEnumerable<SignalHit> hints)
    {
        var counted = new List<SignalHit>();
        foreach (var hint in hints.OrderBy(h => h.First))
        {
            if (!counted.Any(c => c.Overlaps(hint) || c.Key == hint.Key))
            {
                counted.Add(hint);
            }
        }

        return counted.Count;
    }

    private static (int? Code, SignalHit? ShownBy) Number(List<SignalHit> hits)
    {
        var strong = hits.Where(h => h.Strength == SignalStrength.Strong).ToList();
        if (strong.Count == 0 || strong.Any(h => h.OutOfRange) || strong.Select(h => h.Code).Distinct().Count() > 1)
        {
            return (null, hits[0]);
        }

        return (strong[0].Code, strong[0]);
    }

    private static List<SignalHit> LongestOfOverlapping(List<SignalHit> hits)
    {
        if (hits.Count < 2)
        {
            return hits;
        }

        // Only a longer signal of another value, at least as strong, silences a shorter one:
        // signals of one value support each other.
        hits.Sort((a, b) => b.Length.CompareTo(a.Length));
        var kept = new List<SignalHit>(hits.Count);
        foreach (var hit in hits)
        {
            var silenced = false;
            foreach (var k in kept)
            {
                if (k.Length > hit.Length && k.Code != hit.Code && k.Strength <= hit.Strength && k.Overlaps(hit))
                {
                    silenced = true;
                    break;
                }
            }

            if (!silenced)
            {
                kept.Add(hit);
            }
        }

        kept.Sort((a, b) => a.First.CompareTo(b.First));
        return kept;
    }
}
