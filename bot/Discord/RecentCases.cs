using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Answers given in the last 15 minutes (the life of an interaction token), in memory only, so
/// "what if?" and "show in channel" can re-render them with the member's exact numbers, which
/// are never stored. After that, buttons say the answer has expired. The memory is per process:
/// with several replicas, a button click must reach the replica that answered (sticky routing).
/// At most <see cref="Capacity"/> answers are kept; past that the oldest go first, so a flood of
/// questions cannot grow the memory without bound.
/// </summary>
public sealed class RecentCases(TimeProvider time, int capacity = RecentCases.DefaultCapacity)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>About 250 bytes each: 20,000 is about 5 MB, and far more than a community asks in 15 minutes (22 questions a second).</summary>
    public const int DefaultCapacity = 20_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, RecentCase> _cases = [];

    // Oldest first: answers are added in time order, so expiry and eviction both take from the front.
    private readonly Queue<(long Id, DateTimeOffset Until)> _order = new();
    private long _evicted;

    public int Capacity => capacity;

    /// <summary>Answers dropped before their 15 minutes because the memory was full.</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _cases.Count;
            }
        }
    }

    /// <summary>Keeps an answer, with the answer book that worded it (a reload may replace the current one).</summary>
    public void Add(long caseId, Advice advice, AnswerBook book, string member)
    {
        var now = time.GetUtcNow();
        var entry = new RecentCase(advice.Facts, advice.Policy, advice.Today, book, member, now + Lifetime);
        lock (_lock)
        {
            RemoveExpired(now);
            while (_cases.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                if (RemoveIfStill(oldest))
                {
                    Interlocked.Increment(ref _evicted);
                }
            }

            _cases[caseId] = entry;
            _order.Enqueue((caseId, entry.Until));
        }
    }

    /// <summary>The answer, if it is recent and the member asking is the one it was given to.</summary>
    public RecentCase? Find(long caseId, string member)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            RemoveExpired(now);
            return _cases.TryGetValue(caseId, out var entry) && entry.Until > now && entry.Member == member ? entry : null;
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && oldest.Until <= now)
        {
            _order.Dequeue();
            RemoveIfStill(oldest);
        }
    }

    // The same id added again later has a later Until; only remove the entry this queue slot stands for.
    private bool RemoveIfStill((long Id, DateTimeOffset Until) slot) =>
        _cases.TryGetValue(slot.Id, out var entry) && entry.Until == slot.Until && _cases.Remove(slot.Id);
}
