using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// A fake clock that notes every timer's due time, so a test can see what the client waited for
/// (<c>Task.Delay</c> and timeouts both make timers) and move time on exactly when a wait has begun.
/// </summary>
internal sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, int Count, TaskCompletionSource Seen)> _watches = [];

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

    /// <summary>Completes when <paramref name="count"/> timers matching <paramref name="match"/> have been created.</summary>
    public Task WhenTimer(Func<TimeSpan, bool> match, int count = 1)
    {
        lock (_gate)
        {
            if (_timers.Count(match) >= count)
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watches.Add((match, count, seen));
            return seen.Task;
        }
    }

    /// <summary>Waits (on the real clock, at most <paramref name="limit"/>) until a timer of <paramref name="due"/> exists, then moves time on by that much.</summary>
    public async Task AdvanceWhenWaiting(TimeSpan due, TimeSpan limit)
    {
        await WhenTimer(d => d == due).WaitAsync(limit).ConfigureAwait(false);
        await AdvanceAsync(due, limit).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves time on from a pool thread, bounded by <paramref name="limit"/>: the timers' callbacks (timeouts
    /// cancelling HTTP requests, retries starting the next attempt) run inside <see cref="FakeTimeProvider.Advance"/>,
    /// and this keeps them off the test's own thread.
    /// </summary>
    public Task AdvanceAsync(TimeSpan by, TimeSpan limit) => Task.Run(() => Advance(by)).WaitAsync(limit);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Noted only once the fake clock has it: a test that moved time on between the two would skip it for ever.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _timers.Add(dueTime);
            foreach (var watch in _watches.Where(w => _timers.Count(w.Match) >= w.Count).ToList())
            {
                watch.Seen.TrySetResult();
                _watches.Remove(watch);
            }
        }

        return timer;
    }
}
