using System.Collections.Concurrent;
using ForumHelper.Core.DataFiles;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Answers given in the last 15 minutes (the life of an interaction token), in memory only, so
/// "what if?" and "show in channel" can re-render them with the member's exact numbers, which
/// are never stored. After that, buttons say the answer has expired.
/// </summary>
public sealed class RecentCases(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<long, (AnsweredCase Answered, string Member, DateTimeOffset Until)> _cases = new();

    public void Add(long caseId, AnsweredCase answered, string member)
    {
        var now = time.GetUtcNow();
        _cases[caseId] = (answered, member, now + Lifetime);

        // Sweep on write: cheap, and the dictionary never outgrows 15 minutes of traffic.
        if (_cases.Count % 256 == 0)
        {
            foreach (var (id, entry) in _cases)
            {
                if (entry.Until <= now)
                {
                    _cases.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>The answer, if it is recent and the member asking is the one it was given to.</summary>
    public AnsweredCase? Find(long caseId, string member) =>
        _cases.TryGetValue(caseId, out var entry) && entry.Until > time.GetUtcNow() && entry.Member == member ? entry.Answered : null;
}
