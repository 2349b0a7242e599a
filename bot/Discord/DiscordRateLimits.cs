namespace ForumHelper.Bot.Discord;

/// <summary>
/// Discord's rate-limit holds: per route (a bucket that said it was empty) and global. One for the
/// process, so the holds outlive the HTTP handlers the client factory recycles.
/// </summary>
public sealed class DiscordRateLimits(TimeProvider time)
{
    // Each interaction token is its own webhook route; forget finished holds so a long-running bot does not accumulate them.
    private const int RouteHoldsBeforePruning = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _routeHolds = new(StringComparer.Ordinal);
    private DateTimeOffset _globalHold = DateTimeOffset.MinValue;

    /// <summary>Holds <paramref name="route"/> (or every route, when <paramref name="global"/>) for <paramref name="wait"/> from now.</summary>
    public void Hold(string route, TimeSpan wait, bool global)
    {
        var until = time.GetUtcNow() + wait;
        lock (_gate)
        {
            if (global)
            {
                _globalHold = until > _globalHold ? until : _globalHold;
                return;
            }

            if (_routeHolds.Count >= RouteHoldsBeforePruning)
            {
                var now = time.GetUtcNow();
                foreach (var expired in _routeHolds.Where(hold => hold.Value <= now).Select(hold => hold.Key).ToList())
                {
                    _routeHolds.Remove(expired);
                }
            }

            _routeHolds[route] = _routeHolds.TryGetValue(route, out var existing) && existing > until ? existing : until;
        }
    }

    /// <summary>How long a request to <paramref name="route"/> must wait now; zero when it may go.</summary>
    public TimeSpan HoldFor(string route)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var until = _globalHold;
            if (_routeHolds.TryGetValue(route, out var routeHold))
            {
                if (routeHold <= now)
                {
                    _routeHolds.Remove(route);
                }
                else if (routeHold > until)
                {
                    until = routeHold;
                }
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }
}
