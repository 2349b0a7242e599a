using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The write side of the case log: a bounded queue the answer path drops writes into without
/// waiting, and one writer that drains it in batches, each in a transaction. A busy or failing
/// database is retried with backoff while the queue holds; a full queue drops and counts. Stopping
/// drains the queue first. Retention runs when the writer starts and then daily.
/// </summary>
public sealed partial class CaseLog : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan BatchGathering = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromDays(1);
    private static readonly TimeSpan PurgeRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DropReportInterval = TimeSpan.FromSeconds(10);

    private readonly ICaseStore _store;
    private readonly CaseLogOptions _options;
    private readonly TimeSpan _retention;
    private readonly ILogger<CaseLog> _logger;
    private readonly TimeProvider _time;
    private readonly Channel<CaseWrite> _queue;
    private readonly CancellationTokenSource _giveUp;
    private readonly TaskCompletionSource _writer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _queued;
    private long _written;
    private long _dropped;
    private long _lost;
    private long _failedAttempts;
    private long _purged;
    private long _reopened;
    private long _lastDropReportTicks;
    private int _disposed;
    private string? _problem;
    private readonly Lock _stopLock = new();
    private Task? _stopped;
    private DateTimeOffset _nextPurge;

    public CaseLog(ICaseStore store, CaseLogOptions options, TimeSpan retention, ILogger<CaseLog> logger, TimeProvider time)
    {
        _store = store;
        _options = options;
        _retention = retention;
        _logger = logger;
        _time = time;

        // Shutdown's deadline runs on the same clock as the retries, so a test on virtual time drives both.
        _giveUp = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _queue = Channel.CreateBounded<CaseWrite>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _nextPurge = time.GetUtcNow();

        // A thread of its own, never the thread pool's: SQLite blocks the caller while it waits on a
        // locked database (up to the 1 s busy timeout, at every retry), and a blocked pool thread on
        // a small machine delays the answers that need one.
        new Thread(WriteLoop) { IsBackground = true, Name = "Case log writer" }.Start();
    }

    public CaseLogCounters Counters => new(
        Interlocked.Read(ref _queued), Interlocked.Read(ref _written), Interlocked.Read(ref _dropped),
        Interlocked.Read(ref _lost), Interlocked.Read(ref _failedAttempts), Interlocked.Read(ref _purged), Interlocked.Read(ref _reopened));

    /// <summary>Why the writer is retrying right now (the database's own words), or null when its last write went through.</summary>
    public string? Problem => Volatile.Read(ref _problem);

    /// <summary>Queues a write without waiting. False when the queue is full or stopping; the write is then dropped and counted.</summary>
    public bool TryEnqueue(CaseWrite write)
    {
        if (_queue.Writer.TryWrite(write))
        {
            Interlocked.Increment(ref _queued);
            return true;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastDropReportTicks);
        if (last == 0 || _time.GetElapsedTime(last, now) >= DropReportInterval)
        {
            Interlocked.Exchange(ref _lastDropReportTicks, now);
            LogDropped(dropped, _options.QueueCapacity, _store.Description);
        }

        return false;
    }

    /// <summary>
    /// Stops taking writes and drains the queue; gives up on what a dead database cannot take within
    /// the deadline. Only the first call stops (the host stops, then disposes); later calls wait for it.
    /// </summary>
    public Task StopAsync(TimeSpan deadline)
    {
        lock (_stopLock)
        {
            return _stopped ??= StopOnceAsync(deadline);
        }
    }

    private async Task StopOnceAsync(TimeSpan deadline)
    {
        _queue.Writer.TryComplete();
        _giveUp.CancelAfter(deadline);
        await _writer.Task.ConfigureAwait(false);
        var counters = Counters;
        if (counters.Lost > 0 || counters.Dropped > 0)
        {
            LogStoppedWithLoss(counters.Written, counters.Lost, counters.Dropped, _store.Description);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(TimeSpan.FromSeconds(_options.ShutdownSeconds)).ConfigureAwait(false);
        _giveUp.Dispose();
    }

    private void WriteLoop()
    {
        try
        {
            WriteUntilStopped();
            _writer.SetResult();
        }
        catch (Exception error)
        {
            _writer.SetException(error);
        }
    }

    private void WriteUntilStopped()
    {
        var batch = new List<CaseWrite>(_options.BatchSize);
        PurgeIfDue();
        Task<bool>? waiting = null;
        while (true)
        {
            // Wait for writes, but wake for the daily purge even when nobody asks anything.
            waiting ??= _queue.Reader.WaitToReadAsync().AsTask();
            var untilPurge = _nextPurge - _time.GetUtcNow();
            if (!waiting.IsCompleted && untilPurge > TimeSpan.Zero)
            {
                using var wake = new CancellationTokenSource();
                Task.WaitAny(waiting, Task.Delay(untilPurge, _time, wake.Token));
                wake.Cancel();
            }

            if (!waiting.IsCompleted)
            {
                PurgeIfDue();
                continue;
            }

            if (!waiting.GetAwaiter().GetResult())
            {
                break;
            }

            waiting = null;
            if (_queue.Reader.Count < _options.BatchSize && _options.QueueCapacity >= 2 * _options.BatchSize)
            {
                // Under load, a moment's wait turns many one-case transactions into one larger one:
                // a commit costs as much as dozens of inserts. Answers never wait for this, and a queue
                // this much larger than a batch cannot fill in 10 ms; a small one skips the wait.
                Thread.Sleep(BatchGathering);
            }

            batch.Clear();
            while (batch.Count < _options.BatchSize && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            WriteWithRetry(batch);
            PurgeIfDue();
        }
    }

    private void WriteWithRetry(List<CaseWrite> batch)
    {
        var delay = FirstRetry;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (_store.EnsureInPlace() is { } what)
                {
                    Interlocked.Increment(ref _reopened);
                    LogReopened(_store.Description, what);
                }

                _store.Write(batch);
                Interlocked.Add(ref _written, batch.Count);
                Volatile.Write(ref _problem, null);
                if (attempt > 1)
                {
                    LogRecovered(batch.Count, attempt, _store.Description);
                }

                return;
            }
            catch (Exception error) when (error is not (DbException or IOException or UnauthorizedAccessException) || (error is DbException db && _store.Classify(db) == WriteFailure.Rejected))
            {
                // A batch the database rejects for its content (or a bug) would block every later case if retried.
                Interlocked.Add(ref _lost, batch.Count);
                FailForgets(batch, error);
                LogRejected(batch.Count, _store.Description, error.Message);
                return;
            }
            catch (Exception error) when (error is DbException or IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref _failedAttempts);
                Volatile.Write(ref _problem, error.Message);
                if (_giveUp.IsCancellationRequested)
                {
                    Interlocked.Add(ref _lost, batch.Count);
                    FailForgets(batch, error);
                    LogGaveUp(batch.Count, _store.Description, error.Message);
                    return;
                }

                // The first failure and then every tenth, so a long outage is visible without flooding the log.
                if (attempt == 1 || attempt % 10 == 0)
                {
                    if (error is DbException db && _store.Classify(db) == WriteFailure.Full)
                    {
                        // Unlike a lock, a full database does not clear by itself: someone has to act.
                        LogRetryingFull(batch.Count, _queue.Reader.Count, attempt, _store.Description, error.Message);
                    }
                    else
                    {
                        LogRetrying(batch.Count, _queue.Reader.Count, attempt, _store.Description, error.Message);
                    }
                }

                // Returns early, without throwing, when shutdown's deadline passes: one last try above, then give up.
                Task.WaitAny(Task.Delay(delay, _time, _giveUp.Token));
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    // Whoever waits for a forget-me must hear that it did not happen.
    private static void FailForgets(List<CaseWrite> batch, Exception error)
    {
        foreach (var forget in batch.OfType<ForgetMember>())
        {
            forget.Deleted.TrySetException(error);
        }
    }

    private void PurgeIfDue()
    {
        var now = _time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeInterval;
        try
        {
            var purged = _store.PurgeBefore(now - _retention);
            Interlocked.Add(ref _purged, purged);
            if (purged > 0)
            {
                LogPurged(purged, (int)_retention.TotalDays);
            }
        }
        catch (Exception error) when (error is DbException or IOException or UnauthorizedAccessException)
        {
            // Retried in a minute rather than a day later, and never in a tight loop.
            _nextPurge = now + PurgeRetry;
            LogPurgeFailed(_store.Description, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case log queue is full ({Capacity}): {Dropped} case(s) dropped so far; {Store} is not keeping up. Members still get their answers.")]
    private partial void LogDropped(long dropped, int capacity, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} case(s) to {Store} failed (attempt {Attempt}, {Queued} more queued); retrying: {Reason}")]
    private partial void LogRetrying(int count, int queued, int attempt, string store, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} case(s) to {Store} failed (attempt {Attempt}, {Queued} more queued): the database is full; retrying: {Reason}")]
    private partial void LogRetryingFull(int count, int queued, int attempt, string store, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} case(s) to {Store} after {Attempt} attempts.")]
    private partial void LogRecovered(int count, int attempt, string store);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on {Count} case(s): {Store} stayed unavailable past the shutdown deadline ({Reason}). They are lost.")]
    private partial void LogGaveUp(int count, string store, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Store} rejected {Count} case(s) for their content; they are lost: {Reason}")]
    private partial void LogRejected(int count, string store, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case log stopped: {Written} written, {Lost} lost, {Dropped} dropped (queue full) in {Store}.")]
    private partial void LogStoppedWithLoss(long written, long lost, long dropped, string store);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case database {Store}: {What}")]
    private partial void LogReopened(string store, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} case(s) older than {Days} days.")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not purge {Store}: {Reason}")]
    private partial void LogPurgeFailed(string store, string reason);
}
