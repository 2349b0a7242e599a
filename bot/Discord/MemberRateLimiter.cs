using System.Globalization;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// One token bucket per member: up to <c>limit</c> requests at once, one more every <c>period</c>,
/// refilled continuously. A bucket is kept as the single instant it will be full again, refilled
/// when the member asks rather than by a timer. A full bucket says nothing a missing one does not,
/// so only those are dropped, by a sweep under the same lock: nothing a crowd of other members sends can
/// make a limited member's bucket be forgotten early. What is kept is bounded by time, not by a
/// count: a member is remembered at most <c>limit × period</c> (a minute) after their last taken
/// request, and only taken requests, each signed by Discord for a real account, add a member.
/// </summary>
public sealed class MemberRateLimiter
{
    /// <summary>A sweep at the first request (or <see cref="Tracked"/>) this long after the last, so the members of a busy hour are not kept through a quiet one.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);

    private const int PseudonymDigits = 32;

    // Sweeps also whenever the count has doubled since the last one, so growth between sweeps stays bounded and each costs O(1) per member added.
    private const int MinimumSweepCount = 1024;

    private readonly Lock _gate = new();
    // Keyed by the pseudonym's 128 bits, not its string: no object per member for the GC to promote and collect.
    private readonly Dictionary<UInt128, long> _fullAt = [];
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly long _period;
    private readonly long _sweepInterval;
    private long _lastSweep;
    private int _sweepAtCount = MinimumSweepCount;

    /// <param name="limit">Requests a member may make at once (at least 1).</param>
    /// <param name="period">How long one request takes to come back (positive).</param>
    /// <param name="time">The clock; its timestamps are the buckets' time.</param>
    public MemberRateLimiter(int limit, TimeSpan period, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        _limit = limit;
        _time = time;
        _period = Math.Max(1, (long)Math.Round(period.TotalSeconds * time.TimestampFrequency));
        _sweepInterval = (long)(SweepInterval.TotalSeconds * time.TimestampFrequency);
        _lastSweep = time.GetTimestamp();
    }

    /// <summary>Members remembered now: those whose buckets are not full again, and full ones that the next sweep (at most 10 s away while anyone asks, or this call) drops.</summary>
    public int Tracked
    {
        get
        {
            var now = _time.GetTimestamp();
            lock (_gate)
            {
                if (now - _lastSweep >= _sweepInterval)
                {
                    Sweep(now);
                }

                return _fullAt.Count;
            }
        }
    }

    /// <summary>Takes one request from <paramref name="member"/>'s bucket, or says how long until one is there.</summary>
    /// <param name="member">The member's pseudonym: 32 hex digits (<c>Pseudonymizer.For</c>).</param>
    public MemberRateLimit TryTake(string member)
    {
        if (member.Length != PseudonymDigits || !UInt128.TryParse(member, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key))
        {
            throw new ArgumentException($"A member's pseudonym is {PseudonymDigits} hex digits.", nameof(member));
        }

        var now = _time.GetTimestamp();
        lock (_gate)
        {
            if (now - _lastSweep >= _sweepInterval)
            {
                Sweep(now);
            }

            if (_fullAt.TryGetValue(key, out var fullAt) && fullAt > now)
            {
                // Tokens now: limit − (fullAt − now) / period; one is needed, and this much time is missing for it.
                var missing = fullAt - now - (_limit - 1) * _period;
                if (missing > 0)
                {
                    return new MemberRateLimit(false, TimeSpan.FromSeconds((double)missing / _time.TimestampFrequency));
                }

                _fullAt[key] = fullAt + _period;
                return MemberRateLimit.Taken;
            }

            _fullAt[key] = now + _period;
            if (_fullAt.Count >= _sweepAtCount)
            {
                Sweep(now);
            }

            return MemberRateLimit.Taken;
        }
    }

    private void Sweep(long now)
    {
        foreach (var (member, fullAt) in _fullAt)
        {
            if (fullAt <= now)
            {
                _fullAt.Remove(member);
            }
        }

        // Give back the room of a crowd that has gone.
        if (_fullAt.Count < _fullAt.Capacity / 4)
        {
            _fullAt.TrimExcess();
        }

        _lastSweep = now;
        _sweepAtCount = Math.Max(MinimumSweepCount, 2 * _fullAt.Count);
    }
}
