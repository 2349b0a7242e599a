namespace ForumHelper.Core.Cases;

/// <summary>
/// Counts, shares and trends of the case log over a period, grouped by one fact, with the
/// previous period of the same length for comparison. Groups smaller than the minimum are withheld,
/// with enough others that the total cannot give them away (see <see cref="Withhold"/>).
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

    /// <summary>The start of <paramref name="now"/>'s day in UTC: the end of every period reported at that moment.</summary>
    public static DateTimeOffset LastMidnight(DateTimeOffset now) => new(now.UtcDateTime.Date, TimeSpan.Zero);

    /// <summary>The last <paramref name="days"/> whole UTC days before <paramref name="now"/>; see <see cref="StatsPeriod.LastDays"/>.</summary>
    public StatsReport Report(CaseGrouping grouping, int days, DateTimeOffset now, string? server = null, CaseSource source = CaseSource.Discord) =>
        Report(grouping, StatsPeriod.LastDays(days, now), server, source);

    /// <param name="grouping">What to group by.</param>
    /// <param name="period">
    /// The period, made of whole UTC days that have ended: two reports taken before and after a
    /// member's question or rating are the same report, so comparing them says nothing about it.
    /// </param>
    /// <param name="server">One server's pseudonym, or null for every server.</param>
    /// <param name="source">
    /// Which cases count: by default those members asked in Discord, so that answers tried from a
    /// terminal beside the bot never change the moderators' figures.
    /// </param>
    public StatsReport Report(CaseGrouping grouping, StatsPeriod period, string? server = null, CaseSource source = CaseSource.Discord)
    {
        var (from, to, previousFrom) = (period.From, period.To, period.PreviousFrom);
        Transport? transport = source switch
        {
            CaseSource.Discord => Transport.Discord,
            CaseSource.Terminal => Transport.Cli,
            _ => null,
        };
        var current = _store.CountBy(grouping, from, to, server, transport);
        var previous = _store.CountBy(grouping, previousFrom, from, server, transport).ToDictionary(g => g.Key, g => (int)g.Count, StringComparer.Ordinal);
        var total = (int)current.Sum(g => g.Count);

        var counts = current.ToDictionary(g => g.Key, g => (int)g.Count, StringComparer.Ordinal);
        var keys = counts.Keys.Union(previous.Keys).ToList();
        var hiddenNow = Withhold(counts, _minGroupSize);
        var hiddenBefore = Withhold(previous, _minGroupSize);
        var groups = keys
            .Select(key => Group(key, counts.GetValueOrDefault(key), previous.GetValueOrDefault(key), total, hiddenNow, hiddenBefore))
            .OrderBy(g => g.Withheld)
            .ThenByDescending(g => g.Count ?? 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var members = _store.DistinctMembers(from, to, server, transport);
        var rated = _store.Helpfulness(from, to, server, transport)
            .Where(h => h.Helpful + h.NotHelpful > 0)
            .ToList();
        // The ratings' total can be read off `--by feedback`, so rated counts get the same protection as cases.
        var hiddenRated = Withhold(rated.ToDictionary(h => h.Recommendation, h => (int)(h.Helpful + h.NotHelpful), StringComparer.Ordinal), _minGroupSize);
        var helpfulness = rated
            .Select(h => hiddenRated.Contains(h.Recommendation)
                ? new HelpfulnessRow(h.Recommendation, null, null)
                : new HelpfulnessRow(h.Recommendation, (int)(h.Helpful + h.NotHelpful), (double)h.Helpful / (h.Helpful + h.NotHelpful)))
            .OrderBy(h => h.Withheld)
            .ThenByDescending(h => h.Rated ?? 0)
            .ThenBy(h => h.Recommendation, StringComparer.Ordinal)
            .ToList();

        return new StatsReport
        {
            Grouping = grouping,
            Period = period,
            Total = total,
            PreviousTotal = previous.Values.Sum(),
            DistinctMembers = members >= _minGroupSize ? members : null,
            Groups = groups,
            Helpfulness = helpfulness,
            MinGroupSize = _minGroupSize,
            Source = source,
            LeftOut = LeftOut(grouping, from, to, server, transport),
        };
    }

    /// <summary>The cases of the period that the source left out: those of the other transport, none for all.</summary>
    private int LeftOut(CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server, Transport? counted) => counted switch
    {
        null => 0,
        Transport.Discord => (int)_store.CountBy(grouping, from, to, server, Transport.Cli).Sum(g => g.Count),
        _ => (int)_store.CountBy(grouping, from, to, server, Transport.Discord).Sum(g => g.Count),
    };

    /// <summary>
    /// The keys whose counts must not be shown, given that the total is. Every non-zero count under the
    /// minimum is withheld; then, while the withheld set has fewer than two groups, a total under the
    /// minimum, or a total that leaves every withheld group at exactly 1, the smallest shown non-zero
    /// group (ties by key) is withheld as well, until the set holds or nothing is left to add.
    /// Zeros are never withheld: they point at nobody.
    /// </summary>
    /// <remarks>
    /// A reader knows each withheld count is at least 1 (zeros are shown) and that they add up to the total
    /// minus the shown counts. With two or more groups and a hidden total above their number, no single
    /// group's count follows from that, and a hidden total of at least the minimum keeps the withheld set
    /// as a whole from being a small group itself.
    /// </remarks>
    internal static IReadOnlySet<string> Withhold(IReadOnlyDictionary<string, int> counts, int minGroupSize)
    {
        var hidden = counts.Where(c => c.Value > 0 && c.Value < minGroupSize).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (hidden.Count == 0)
        {
            return hidden;
        }

        var hiddenTotal = hidden.Sum(key => counts[key]);
        var candidates = new Queue<KeyValuePair<string, int>>(counts
            .Where(c => c.Value > 0 && !hidden.Contains(c.Key))
            .OrderBy(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal));
        while (!(hidden.Count >= 2 && hiddenTotal >= minGroupSize && hiddenTotal > hidden.Count) && candidates.TryDequeue(out var next))
        {
            hidden.Add(next.Key);
            hiddenTotal += next.Value;
        }

        return hidden;
    }

    private static StatsGroup Group(string key, int current, int previous, int total, IReadOnlySet<string> hiddenNow, IReadOnlySet<string> hiddenBefore)
    {
        // A zero is shown as 0: it points at nobody.
        int? count = hiddenNow.Contains(key) ? null : current;
        int? before = hiddenBefore.Contains(key) ? null : previous;
        return new StatsGroup(
            key,
            count,
            count is { } shown && total > 0 ? (double)shown / total : null,
            before,
            count is { } now && before is { } then ? now - then : null);
    }
}
