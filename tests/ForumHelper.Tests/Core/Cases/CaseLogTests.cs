using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

public class CaseLogTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // How far the virtual clock moves per step while a test waits on the writer: past its first
    // backoffs (50 ms, doubling), well short of the shutdown deadline.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task StopAsync_FiveThousandQueuedInSmallBatches_WritesAll()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var log = NewLog(store, batchSize: 50);
        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(log.TryEnqueue(new InsertCase(Case(member: "m" + (i % 7)))));
        }

        await log.StopAsync(Deadline);

        Assert.Equal(5_000, Rows(path));
        Assert.Equal(5_000, log.Counters.Written);
        Assert.Equal(0, log.Counters.Pending);
        Assert.Equal(0, log.Counters.Lost);
        Assert.Equal(0, log.Counters.Dropped);
    }

    [Fact]
    public async Task TryEnqueue_AfterStop_ReturnsFalseAndCountsADrop()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var log = NewLog(store);
        await log.StopAsync(Deadline);

        Assert.False(log.TryEnqueue(new InsertCase(Case())));

        Assert.Equal(1, log.Counters.Dropped);
        Assert.Equal(0, Rows(path));
    }

    [Fact]
    public async Task Write_DatabaseLocked_RetriesAndWritesEachCaseOnceWhenReleased()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var cases = Enumerable.Range(0, 20).Select(_ => Case()).ToList();
        var clock = new FakeTimeProvider(Now);
        var log = NewLog(store, clock, batchSize: 8);
        using (HoldWriteLock(path))
        {
            foreach (var c in cases)
            {
                Assert.True(log.TryEnqueue(new InsertCase(c)));
            }

            await WaitUntilAsync(() => log.Counters.FailedAttempts > 0, "the writer has failed against the lock");

            Assert.Equal(0, Rows(path));
            Assert.Equal(0, log.Counters.Written);
        }

        // The writer sits in its backoff, on the virtual clock: move it on until the drain is done.
        var stopping = log.StopAsync(Deadline);
        await clock.AdvanceUntilAsync(Step, () => stopping.IsCompleted, "the writer retried and drained the queue");
        await stopping;

        Assert.Equal(cases.Count, Rows(path));
        Assert.Equal(cases.Count, Scalar(path, "SELECT count(DISTINCT id) FROM cases"));
        Assert.Equal(cases.Count, log.Counters.Written);
        Assert.Equal(0, log.Counters.Lost);
        Assert.All(cases, c => Assert.NotNull(store.Find(c.Id)));
    }

    [Fact]
    public async Task TryEnqueue_QueueFullWhileLocked_DropsAndCountsTheOverflowAndWritesTheRest()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var clock = new FakeTimeProvider(Now);
        var log = NewLog(store, clock, capacity: 10, batchSize: 1);
        var accepted = new List<CaseRecord>();
        var refused = 0;
        using (HoldWriteLock(path))
        {

            // The first case is taken off the queue by the writer, which then sits retrying it:
            // after that nothing leaves the queue, so exactly its capacity fits.
            var first = Case();
            Assert.True(log.TryEnqueue(new InsertCase(first)));
            accepted.Add(first);
            await WaitUntilAsync(() => log.Counters.FailedAttempts > 0, "the writer is stuck on the lock");

            for (var i = 1; i < 100; i++)
            {
                var c = Case();
                if (log.TryEnqueue(new InsertCase(c)))
                {
                    accepted.Add(c);
                }
                else
                {
                    refused++;
                }
            }

            Assert.Equal(11, accepted.Count);
            Assert.Equal(89, refused);
            Assert.Equal(89, log.Counters.Dropped);
        }

        var stopping = log.StopAsync(Deadline);
        await clock.AdvanceUntilAsync(Step, () => stopping.IsCompleted, "the writer retried and drained the queue");
        await stopping;

        Assert.Equal(accepted.Count, Rows(path));
        Assert.All(accepted, c => Assert.NotNull(store.Find(c.Id)));
        Assert.Equal(accepted.Count, log.Counters.Written);
        Assert.Equal(89, log.Counters.Dropped);
    }

    [Fact]
    public async Task StopAsync_DatabaseLockedPastTheDeadline_CountsTheCasesAsLost()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var clock = new FakeTimeProvider(Now);
        var log = NewLog(store, clock);
        using var locker = HoldWriteLock(path);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(log.TryEnqueue(new InsertCase(Case())));
        }

        // The deadline is on the virtual clock too: it passes while the writer backs off, never by a real wait.
        var stopping = log.StopAsync(TimeSpan.FromMilliseconds(200));
        await clock.AdvanceUntilAsync(Step, () => stopping.IsCompleted, "the writer gave up at the deadline");
        await stopping;

        Assert.Equal(3, log.Counters.Lost);
        Assert.Equal(0, log.Counters.Written);
        Assert.Equal(0, log.Counters.Pending);
    }

    [Fact]
    public async Task Start_CasesOlderThanRetention_ArePurged()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var clock = new FakeTimeProvider(Now);
        var byAge = new[] { 400, 366, 364, 1 }.ToDictionary(days => days, days => Case(at: Now.AddDays(-days)));
        var first = NewLog(store, clock, retentionDays: 365);
        foreach (var c in byAge.Values)
        {
            Assert.True(first.TryEnqueue(new InsertCase(c)));
        }

        await first.StopAsync(Deadline);
        Assert.Equal(4, Rows(path));
        Assert.Equal(0, first.Counters.Purged);

        var restarted = NewLog(store, clock, retentionDays: 365);
        await restarted.StopAsync(Deadline);

        Assert.Equal(2, restarted.Counters.Purged);
        Assert.Null(store.Find(byAge[400].Id));
        Assert.Null(store.Find(byAge[366].Id));
        Assert.NotNull(store.Find(byAge[364].Id));
        Assert.NotNull(store.Find(byAge[1].Id));
    }

    [Fact]
    public async Task Write_MoreThanADayAfterStart_PurgesAgain()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var clock = new FakeTimeProvider(Now);
        var log = NewLog(store, clock, retentionDays: 365);
        var ageing = Case(at: Now.AddDays(-364));
        Assert.True(log.TryEnqueue(new InsertCase(ageing)));
        await WaitUntilAsync(() => log.Counters.Written == 1, "the first case is written");
        Assert.Equal(0, log.Counters.Purged);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var fresh = Case(at: clock.GetUtcNow());
        Assert.True(log.TryEnqueue(new InsertCase(fresh)));
        await WaitUntilAsync(() => log.Counters.Purged == 1, "the daily purge has run");
        await log.StopAsync(Deadline);

        Assert.Null(store.Find(ageing.Id));
        Assert.NotNull(store.Find(fresh.Id));
        Assert.Equal(1, Rows(path));
    }

    [Fact]
    public async Task Write_LessThanADayAfterStart_DoesNotPurgeAgain()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var clock = new FakeTimeProvider(Now);
        var log = NewLog(store, clock, retentionDays: 365);

        // Already past retention by the time it is written, but the next purge is not due for a day.
        clock.Advance(TimeSpan.FromHours(23));
        var old = Case(at: Now.AddDays(-400));
        Assert.True(log.TryEnqueue(new InsertCase(old)));
        await log.StopAsync(Deadline);

        Assert.Equal(0, log.Counters.Purged);
        Assert.NotNull(store.Find(old.Id));
    }

    [Fact]
    public async Task SetFeedback_QueuedAfterTheCase_IsApplied()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        var log = NewLog(store);
        var stored = Case(member: "owner");

        Assert.True(log.TryEnqueue(new InsertCase(stored)));
        Assert.True(log.TryEnqueue(new SetFeedback(stored.Id, "owner", Feedback.Helpful, Now)));
        Assert.True(log.TryEnqueue(new SetFeedback(stored.Id, "forger", Feedback.NotHelpful, Now)));
        await log.StopAsync(Deadline);

        Assert.Equal(Feedback.Helpful, store.Find(stored.Id)!.Feedback);
        Assert.Equal(3, log.Counters.Written);
    }

    [Fact]
    public async Task StopAsync_CalledAgain_IsTheFirstStopAndDoesNotRestartItsDeadline()
    {
        // The host stops the log, then disposes it: the loss summary must be said once, and a
        // second deadline must not stretch the first.
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        var log = NewLog(store);

        var first = log.StopAsync(Deadline);
        var second = log.StopAsync(TimeSpan.FromHours(1));
        await first;

        Assert.Same(first, second);
    }

    [Fact]
    public async Task DisposeAsync_Twice_DrainsOnceAndDoesNotThrow()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        var log = NewLog(store);
        Assert.True(log.TryEnqueue(new InsertCase(Case())));

        await log.DisposeAsync();
        await log.DisposeAsync();

        Assert.Equal(1, Rows(path));
    }

    /// <summary>Takes the database's write lock on a connection of the test's own; disposing it rolls back and releases the lock.</summary>
    private static SqliteConnection HoldWriteLock(string path)
    {
        var locker = Connect(path);
        using var command = locker.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE; INSERT INTO meta (name, value) VALUES ('locked-by-test', 'yes');";
        command.ExecuteNonQuery();
        return locker;
    }
}
