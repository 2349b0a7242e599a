using System.Diagnostics;

namespace ForumHelper.Tests.Support;

/// <summary>Waits for something that happens in the background (a write, a reload), bounded, without fixed sleeps.</summary>
internal static class Polling
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test with <paramref name="what"/> after the limit.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (limit ?? DefaultLimit))
            {
                Assert.Fail($"Gave up after {clock.Elapsed.TotalSeconds:0.0} s waiting for: {what}");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, limit);
}
