using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Hosting;

/// <summary>Work that finishes an interaction after its first reply (a chart, say); tracked so shutdown can wait for it.</summary>
public sealed partial class DeferredWork(ILogger<DeferredWork> logger)
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();

    public void Start(string what, Func<Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception error)
            {
                LogFailed(error, what);
            }
        });
        _running[task] = true;
        task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    /// <summary>Waits for the work running now, up to <paramref name="deadline"/>; true when all of it finished in time.</summary>
    public async Task<bool> WaitAsync(TimeSpan deadline)
    {
        var all = Task.WhenAll(_running.Keys);
        return await Task.WhenAny(all, Task.Delay(deadline)).ConfigureAwait(false) == all;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred work failed: {What}")]
    private partial void LogFailed(Exception error, string what);
}
