namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// The system clock and timers, noting every timer's due time, so a test can see what the client
/// waited for (<c>Task.Delay</c> and deadlines both make timers) while the waits stay real and short.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource Seen)> _watches = [];

    /// <summary>Every timer's due time, in creation order.</summary>
    public IReadOnlyList<TimeSpan> Timers
    {
        get
        {
            lock (_gate)
            {
                return [.. _timers];
            }
        }
    }

    /// <summary>Completes when a timer matching <paramref name="match"/> has been created.</summary>
    public Task WhenTimer(Func<TimeSpan, bool> match)
    {
        lock (_gate)
        {
            if (_timers.Any(match))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watches.Add((match, seen));
            return seen.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Add(dueTime);
            foreach (var watch in _watches.Where(w => w.Match(dueTime)).ToList())
            {
                watch.Seen.TrySetResult();
                _watches.Remove(watch);
            }
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
