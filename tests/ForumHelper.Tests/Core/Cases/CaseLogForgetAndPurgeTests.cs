using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Core.Cases;

public class CaseLogForgetAndPurgeTests
{
    [Fact]
    public async Task ForgetMember_CasesStillQueued_DeletesThemTooAndReportsTheCount()
    {
        using var folder = new TempFolder();
        using var store = CaseFixtures.OpenStore(folder.File("cases.db"));
        var log = CaseFixtures.NewLog(store);
        log.TryEnqueue(new InsertCase(CaseFixtures.Case(member: "leaving")));
        log.TryEnqueue(new InsertCase(CaseFixtures.Case(member: "leaving")));
        log.TryEnqueue(new InsertCase(CaseFixtures.Case(member: "staying")));
        var forget = new ForgetMember("leaving");

        log.TryEnqueue(forget);
        var deleted = await forget.Deleted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await log.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, deleted);
        Assert.Equal(1L, store.CountBy(CaseGrouping.Recommendation, CaseFixtures.Now.AddDays(-1), CaseFixtures.Now.AddDays(1)).Sum(g => g.Count));
    }

    [Fact]
    public async Task ForgetMember_CaseQueuedAfterIt_IsKept()
    {
        using var folder = new TempFolder();
        using var store = CaseFixtures.OpenStore(folder.File("cases.db"));
        var log = CaseFixtures.NewLog(store);
        var forget = new ForgetMember("member-a");
        log.TryEnqueue(new InsertCase(CaseFixtures.Case()));
        log.TryEnqueue(forget);
        log.TryEnqueue(new InsertCase(CaseFixtures.Case()));

        await log.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, await forget.Deleted.Task);
        Assert.Equal(1L, store.CountBy(CaseGrouping.Recommendation, CaseFixtures.Now.AddDays(-1), CaseFixtures.Now.AddDays(1)).Sum(g => g.Count));
    }

    [Fact]
    public async Task Purge_FailingAgain_IsRetriedAMinuteLaterNotInALoop()
    {
        var store = new PurgeFailingStore();
        var clock = new FakeTimeProvider(CaseFixtures.Now);
        var log = new CaseLog(store, new CaseLogOptions(), TimeSpan.FromDays(365), NullLogger<CaseLog>.Instance, clock);
        await CaseFixtures.WaitUntilAsync(() => Volatile.Read(ref store.PurgeAttempts) >= 1, "the purge at start has failed");

        // The clock stands still until moved, so a writer retrying in a loop would pile up attempts
        // right away, and a retry due a day later (the normal interval) would not come in these 61 s.
        clock.Advance(TimeSpan.FromSeconds(61));
        await CaseFixtures.WaitUntilAsync(() => Volatile.Read(ref store.PurgeAttempts) >= 2, "the purge retried a minute later");
        await log.StopAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, store.PurgeAttempts);
    }

    /// <summary>A store whose retention purge always fails, as on a full disk; everything else is never reached.</summary>
    private sealed class PurgeFailingStore : ICaseStore
    {
        public int PurgeAttempts;

        public string Description => "failing store";

        public string? KeyFilePath => null;

        public int PurgeBefore(DateTimeOffset cutoff)
        {
            Interlocked.Increment(ref PurgeAttempts);
            throw new SqliteException("database or disk is full", 13);
        }

        public string? ReadMeta(string name) => throw new NotSupportedException();

        public string ClaimMeta(string name, string value) => throw new NotSupportedException();

        public WriteFailure Classify(System.Data.Common.DbException error) => WriteFailure.Transient;

        public string? EnsureInPlace() => null;

        public void Write(IReadOnlyList<CaseWrite> batch) => throw new NotSupportedException();

        public CaseRecord? Find(long id) => throw new NotSupportedException();

        public int ForgetMember(string member) => throw new NotSupportedException();

        public IReadOnlyList<GroupCount> CountBy(CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null) => throw new NotSupportedException();

        public int DistinctMembers(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null) => throw new NotSupportedException();

        public IReadOnlyList<HelpfulnessCount> Helpfulness(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
