using System.Collections.Concurrent;
using ForumHelper.Core.Answers;
using ForumHelper.Core.DataFiles;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Answers given in the last 15 minutes (the life of an interaction token), in memory only, so
/// "what if?" and "show in channel" can re-render them with the member's exact numbers, which
/// are never stored. After that, buttons say the answer has expired. The memory is per process:
/// with several replicas, a button click must reach the replica that answered (sticky routing).
/// </summary>
public sealed class RecentCases(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<long, RecentCase> _cases = new();
    private long _nextSweepTicks;

    /// <summary>Keeps an answer, with the answer book that worded it (a reload may replace the current one).</summary>
    public void Add(long caseId, AnsweredCase answered, AnswerBook book, string member)
    {
        var now = time.GetUtcNow();
        _cases[caseId] = new RecentCase(answered, book, member, now + Lifetime);
        Sweep(now);
    }

    /// <summary>The answer, if it is recent and the member asking is the one it was given to.</summary>
    public RecentCase? Find(long caseId, string member)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        return _cases.TryGetValue(caseId, out var entry) && entry.Until > now && entry.Member == member ? entry : null;
    }

    // On the clock, not on a count: nobody's numbers stay in memory much past their 15 minutes.
    private void Sweep(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, next) != next)
        {
            return;
        }

        foreach (var (id, entry) in _cases)
        {
            if (entry.Until <= now)
            {
                _cases.TryRemove(id, out _);
            }
        }
    }
}
