using System.Threading.RateLimiting;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// The process-wide cap on charts drawn at once. A chart takes a core for a while; without a cap,
/// moderators asking together would take every core from the answers, which must go out within
/// Discord's 3 seconds. Past the cap, renders wait their turn in a bounded queue; past the queue the
/// statistics go without their chart (<see cref="SkippedNote"/>), instead of piling up.
/// </summary>
public sealed class ChartRenders : IDisposable
{
    /// <summary>What the statistics say instead of showing a chart that was skipped.</summary>
    public const string SkippedNote = "No chart this time: many charts are being drawn right now. Ask again in a minute for one.";

    private readonly ConcurrencyLimiter _limiter;

    /// <summary>A cap of <paramref name="atOnce"/> renders, with <paramref name="waiting"/> more waiting their turn.</summary>
    /// <param name="atOnce">Charts drawn at the same time, at least 1.</param>
    /// <param name="waiting">Charts that may wait for a turn (0: none wait, they are skipped).</param>
    public ChartRenders(int atOnce, int waiting)
    {
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = atOnce,
            QueueLimit = waiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>One core of the machine is always left to the answers (on 2 cores, one chart at a time); a few more wait.</summary>
    public static ChartRenders ForThisMachine() => new(Math.Max(1, Environment.ProcessorCount - 1), waiting: 4);

    /// <summary>Runs <paramref name="render"/> when its turn comes; false, without running it, when the queue is full.</summary>
    /// <param name="render">Draws the chart (synchronous, CPU-bound work).</param>
    /// <param name="cancel">Ends the wait for a turn (the deferred reply's deadline).</param>
    public async Task<bool> RunAsync(Action render, CancellationToken cancel)
    {
        using var lease = await _limiter.AcquireAsync(1, cancel).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            return false;
        }

        render();
        return true;
    }

    public void Dispose() => _limiter.Dispose();
}
