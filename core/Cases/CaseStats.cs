namespace ForumHelper.Core.Cases;

/// <summary>
/// Counts, shares and trends of the case log over a period, grouped by one fact, with the
/// previous period of the same length for comparison. Groups smaller than the minimum are withheld.
/// </summary>
public sealed class CaseStats
{
    /// <summary>The longest period statistics cover: ten years.</summary>
    public const int MaxDays = 3650;

    private readonly ICaseStore _store;
    private readonly int _minGroupSize;

    public CaseStats(ICaseStore store, int minGroupSize)
    {
        _store = store;
        _minGroupSize = Math.Max(1, minGroupSize);
    }

    /// <param name="grouping">What to group by.</param>
    /// <param name="days">The period: the last N days.</param>
    /// <param name="now">The end of the period.</param>
    /// <param name="server">One server's pseudonym, or null for every server.</param>
    public StatsReport Report(CaseGrouping grouping, int days, DateTimeOffset now, string? server = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);

        var to = now;
        var from = now.AddDays(-days);
        var previousFrom = from.AddDays(-days);
        var current = _store.CountBy(grouping, from, to, server);
        var previous = _store.CountBy(grouping, previousFrom, from, server).ToDictionary(g => g.Key, g => (int)g.Count, StringComparer.Ordinal);
        var total = (int)current.Sum(g => g.Count);

        var counts = current.ToDictionary(g => g.Key, g => (int)g.Count, StringComparer.Ordinal);
        var keys = counts.Keys.Union(previous.Keys).ToList();
        var hiddenNow = Suppress(counts);
        var hiddenBefore = Suppress(previous);
        var groups = keys
            .Select(key => Group(key, counts.GetValueOrDefault(key), previous.GetValueOrDefault(key), total, hiddenNow, hiddenBefore))
            .OrderBy(g => g.Withheld)
            .ThenByDescending(g => g.Count ?? 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var members = _store.DistinctMembers(from, to, server);
        var helpfulness = _store.Helpfulness(from, to, server)
            .Where(h => h.Helpful + h.NotHelpful > 0)
            .Select(h => h.Helpful + h.NotHelpful >= _minGroupSize
                ? new HelpfulnessRow(h.Recommendation, (int)(h.Helpful + h.NotHelpful), (double)h.Helpful / (h.Helpful + h.NotHelpful))
                : new HelpfulnessRow(h.Recommendation, null, null))
            .OrderBy(h => h.Rated is null)
            .ThenByDescending(h => h.Rated ?? 0)
            .ToList();

        return new StatsReport
        {
            Grouping = grouping,
            Days = days,
            From = from,
            To = to,
            Total = total,
            PreviousTotal = previous.Values.Sum(),
            DistinctMembers = members >= _minGroupSize ? members : null,
            Groups = groups,
            Helpfulness = helpfulness,
            MinGroupSize = _minGroupSize,
        };
    }

    /// <summary>
    /// The keys whose counts must not be shown: those under the minimum, and, when that leaves a
    /// single one that the total would give away, the smallest shown group as well.
    /// </summary>
    private HashSet<string> Suppress(IReadOnlyDictionary<string, int> counts)
    {
        var hidden = counts.Where(c => c.Value > 0 && c.Value < _minGroupSize).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (hidden.Count == 1)
        {
            var partner = counts.Where(c => c.Value >= _minGroupSize).OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
            if (partner is not null)
            {
                hidden.Add(partner);
            }
        }

        return hidden;
    }

    private StatsGroup Group(string key, int current, int previous, int total, HashSet<string> hiddenNow, HashSet<string> hiddenBefore)
    {
        // A zero is shown as 0: it points at nobody.
        int? count = hiddenNow.Contains(key) ? null : current;
        int? before = hiddenBefore.Contains(key) ? null : previous;
        return new StatsGroup(
            key,
            count,
            count is { } shown && total > 0 ? (double)shown / total : null,
            before,
            count is { } now && before is { } then ? now - then : null,
            HiddenToProtect: hiddenNow.Contains(key) && current >= _minGroupSize);
    }
}
