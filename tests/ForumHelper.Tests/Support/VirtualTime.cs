using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Support;

/// <summary>Drives code that waits on a <see cref="FakeTimeProvider"/> (retry backoffs, deadlines) without waiting for real.</summary>
internal static class VirtualTime
{
    /// <summary>
    /// Moves <paramref name="clock"/> on by <paramref name="step"/> until <paramref name="condition"/> holds, bounded in real
    /// time by <see cref="Polling.DefaultLimit"/>. Whatever the code is waiting for when a step lands (a backoff, a deadline)
    /// elapses at once; what it waits for in real time (SQLite's own busy wait) still takes its time, and the next step comes
    /// after it.
    /// </summary>
    public static Task AdvanceUntilAsync(this FakeTimeProvider clock, TimeSpan step, Func<bool> condition, string what) =>
        Polling.UntilAsync(
            () =>
            {
                if (condition())
                {
                    return true;
                }

                clock.Advance(step);
                return condition();
            },
            what + $" (moving the clock on {step.TotalSeconds:0.###} s at a time)");
}
