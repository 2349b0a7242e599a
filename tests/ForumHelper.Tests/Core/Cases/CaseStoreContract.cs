using System.Data.Common;
using ForumHelper.Core.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>
/// What every case store must do, whatever the database: each provider's test class inherits
/// these tests and says only how to open a fresh database of its kind. Each test gets its own
/// empty database; <see cref="OpenDatabase"/> may be called again, as a restart or a second replica.
/// </summary>
public abstract class CaseStoreContract : IDisposable
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    /// <summary>Opens (migrating on first use) this test's database; fails the test when it cannot.</summary>
    protected ICaseStore OpenDatabase()
    {
        var opened = CaseStores.Open(Storage);
        Assert.True(opened.IsSuccess, "the store should open:\n" + string.Join("\n", opened.Problems));
        return opened.Value;
    }

    /// <summary>Storage settings naming this test's database.</summary>
    protected abstract StorageOptions Storage { get; }

    /// <summary>The number of stored cases, counted outside the store.</summary>
    protected abstract long Rows();

    /// <summary>The schema version the database records, read outside the store.</summary>
    protected abstract long RecordedSchemaVersion();

    protected abstract int LatestSchemaVersion { get; }

    public abstract void Dispose();

    [Fact]
    public void Open_Twice_DoesNotRerunMigrationsAndKeepsData()
    {
        var stored = Case();
        using (var first = OpenDatabase())
        {
            first.Write([new InsertCase(stored)]);
            first.ClaimMeta("marker", "first");
        }

        using var store = OpenDatabase();

        Assert.Equal(LatestSchemaVersion, RecordedSchemaVersion());
        Assert.NotNull(store.Find(stored.Id));
        Assert.Equal("first", store.ReadMeta("marker"));
        Assert.Equal(1, Rows());
    }

    [Fact]
    public async Task Open_SeveralReplicasAtOnceOnANewDatabase_AllOpenAndMigrateOnce()
    {
        using var start = new Barrier(4);
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return CaseStores.Open(Storage);
        })));

        try
        {
            Assert.All(opened, result => Assert.True(result.IsSuccess, string.Join("\n", result.Problems)));
            Assert.Equal(LatestSchemaVersion, RecordedSchemaVersion());
        }
        finally
        {
            foreach (var result in opened.Where(r => r.IsSuccess))
            {
                result.Value!.Dispose();
            }
        }
    }

    [Fact]
    public void Write_EveryField_IsFoundAsWritten()
    {
        using var store = OpenDatabase();
        var full = Case() with
        {
            Server = "server-pseudonym",
            Transport = Transport.Cli,
            Reason = "buyer-changed-mind",
            Buyer = "unresponsive",
            Late = "yes",
            OrdersBucket = "10-49",
            RateBucket = "90-94",
            ReviewsBucket = "1-9",
            ValueBucket = "51-200",
            PromisedRefund = true,
            Feedback = Feedback.Helpful,
        };
        var sparse = Case() with { PromisedRefund = false };
        var empty = Case();

        store.Write([new InsertCase(full), new InsertCase(sparse), new InsertCase(empty)]);

        // Times come back to the millisecond they are stored at.
        static CaseRecord Stored(CaseRecord c) => c with { At = DateTimeOffset.FromUnixTimeMilliseconds(c.At.ToUnixTimeMilliseconds()) };
        Assert.Equal(Stored(full), store.Find(full.Id));
        Assert.Equal(Stored(sparse), store.Find(sparse.Id));
        Assert.Equal(Stored(empty), store.Find(empty.Id));
    }

    [Fact]
    public void Write_BatchWithABadRow_WritesNoneOfItAndIsRejectedForItsContent()
    {
        using var store = OpenDatabase();
        var good = Case();
        var bad = Case() with { Member = null! };

        var error = Assert.ThrowsAny<DbException>(() => store.Write([new InsertCase(good), new InsertCase(bad)]));

        Assert.Equal(WriteFailure.Rejected, store.Classify(error));
        Assert.Equal(0, Rows());
    }

    [Fact]
    public void Write_AfterAFailedBatch_WritesTheNextOne()
    {
        using var store = OpenDatabase();
        Assert.ThrowsAny<DbException>(() => store.Write([new InsertCase(Case() with { Member = null! })]));
        var next = Case();

        store.Write([new InsertCase(next)]);

        Assert.NotNull(store.Find(next.Id));
    }

    [Fact]
    public void Write_SameIdTwice_KeepsTheFirst()
    {
        using var store = OpenDatabase();
        var first = Case(member: "first");

        store.Write([new InsertCase(first), new InsertCase(first with { Member = "second" })]);
        store.Write([new InsertCase(first with { Member = "third" })]);

        Assert.Equal(1, Rows());
        Assert.Equal("first", store.Find(first.Id)!.Member);
    }

    [Fact]
    public async Task Write_FeedbackAndForgetBetweenInserts_AppliesThemInQueueOrder()
    {
        using var store = OpenDatabase();
        var rated = Case(member: "owner");
        var forgotten = Case(member: "leaver");
        var afterForget = Case(member: "leaver");
        var forget = new ForgetMember("leaver");

        store.Write([
            new InsertCase(rated), new SetFeedback(rated.Id, "owner", Feedback.Helpful, Now),
            new InsertCase(forgotten), forget, new InsertCase(afterForget),
        ]);

        Assert.Equal(Feedback.Helpful, store.Find(rated.Id)!.Feedback);
        Assert.Null(store.Find(forgotten.Id));
        Assert.NotNull(store.Find(afterForget.Id));
        Assert.True(forget.Deleted.Task.IsCompletedSuccessfully);
        Assert.Equal(1, await forget.Deleted.Task);
    }

    [Fact]
    public void EveryOperation_OnAFreshDatabase_RunsOnlyCallsDapperAotGeneratedAtBuildTime()
    {
        using (var store = OpenDatabase())
        {
            var stored = Case(member: "owner");
            var forget = new ForgetMember("leaver");
            store.Write([new InsertCase(stored), new SetFeedback(stored.Id, "owner", Feedback.Helpful, Now), new InsertCase(Case(member: "leaver")), forget]);
            store.ClaimMeta("marker", "first");
            Assert.Equal("first", store.ReadMeta("marker"));
            Assert.NotNull(store.Find(stored.Id));
            Assert.NotEmpty(store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1), transport: Transport.Discord));
            Assert.Equal(1, store.DistinctMembers(Now.AddDays(-1), Now.AddDays(1)));
            Assert.NotEmpty(store.Helpfulness(Now.AddDays(-1), Now.AddDays(1)));
            Assert.Equal(0, store.ForgetMember("nobody"));
            Assert.Equal(1, store.PurgeBefore(Now.AddDays(1)));
        }

        using (OpenDatabase())
        {
            // Reopened: the migration check and the remembered meta rows run again.
        }

        // Plain Dapper caches every statement it runs by emitting code, which the Native AOT build
        // cannot do; an empty cache means every call above was one of Dapper.AOT's generated ones.
        Assert.Equal(0, Dapper.SqlMapper.GetCachedSQLCount());
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        using var store = OpenDatabase();
        store.Write([new InsertCase(Case())]);

        Assert.Null(store.Find(12345));
    }

    [Fact]
    public void SetFeedback_ForgedMember_LeavesFeedbackUnchanged()
    {
        using var store = OpenDatabase();
        var stored = Case(member: "owner");
        store.Write([new InsertCase(stored), new SetFeedback(stored.Id, "owner", Feedback.Helpful, Now)]);

        store.Write([new SetFeedback(stored.Id, "someone-else", Feedback.NotHelpful, Now)]);

        Assert.Equal(Feedback.Helpful, store.Find(stored.Id)!.Feedback);
    }

    [Fact]
    public void ForgetMember_OneOfTwoMembers_DeletesOnlyTheirCasesAndCountsThem()
    {
        using var store = OpenDatabase();
        var pseudonymizer = new Pseudonymizer(Convert.FromBase64String(KeyA));
        var forgotten = pseudonymizer.For("111111111111111111");
        var keptCase = Case(member: pseudonymizer.For("222222222222222222"));
        store.Write([new InsertCase(Case(member: forgotten)), new InsertCase(Case(member: forgotten)), new InsertCase(Case(member: forgotten)), new InsertCase(keptCase)]);

        Assert.Equal(3, store.ForgetMember(forgotten));
        Assert.Equal(0, store.ForgetMember(forgotten));

        Assert.Equal(1, Rows());
        Assert.NotNull(store.Find(keptCase.Id));
    }

    [Fact]
    public void PurgeBefore_CaseExactlyAtCutoff_IsKept()
    {
        using var store = OpenDatabase();
        var atCutoff = Case(at: Now);
        var justBefore = Case(at: Now.AddMilliseconds(-1));
        store.Write([new InsertCase(atCutoff), new InsertCase(justBefore)]);

        var purged = store.PurgeBefore(Now);

        Assert.Equal(1, purged);
        Assert.NotNull(store.Find(atCutoff.Id));
        Assert.Null(store.Find(justBefore.Id));
    }

    [Fact]
    public void CountBy_CasesInRangeOfOneServer_CountsEachGroupOfThatServerOnly()
    {
        using var store = OpenDatabase();
        store.Write([
            new InsertCase(Case(recommendation: "accept-cancellation") with { Server = "ours" }),
            new InsertCase(Case(recommendation: "accept-cancellation") with { Server = "ours" }),
            new InsertCase(Case(recommendation: "ask-support") with { Server = "ours" }),
            new InsertCase(Case(recommendation: "ask-support") with { Server = "theirs" }),
            new InsertCase(Case(recommendation: "ask-support", at: Now.AddDays(-2)) with { Server = "ours" }),
        ]);

        var ours = store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1), server: "ours");
        var everyone = store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal([new GroupCount("accept-cancellation", 2), new GroupCount("ask-support", 1)], ours.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal([new GroupCount("accept-cancellation", 2), new GroupCount("ask-support", 2)], everyone.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void CountBy_OneTransport_CountsCasesOfThatTransportOnly()
    {
        using var store = OpenDatabase();
        store.Write([
            new InsertCase(Case(recommendation: "accept-cancellation")),
            new InsertCase(Case(recommendation: "accept-cancellation") with { Transport = Transport.Cli }),
            new InsertCase(Case(recommendation: "ask-support") with { Transport = Transport.Cli }),
        ]);

        var discord = store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1), transport: Transport.Discord);
        var terminal = store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1), transport: Transport.Cli);
        var all = store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal([new GroupCount("accept-cancellation", 1)], discord);
        Assert.Equal([new GroupCount("accept-cancellation", 1), new GroupCount("ask-support", 1)], terminal.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(3, all.Sum(c => c.Count));
    }

    [Fact]
    public void HelpfulnessAndDistinctMembers_OneTransport_CountThatTransportOnly()
    {
        using var store = OpenDatabase();
        store.Write([
            new InsertCase(Case(member: "a", feedback: Feedback.Helpful)),
            new InsertCase(Case(member: "b", feedback: Feedback.NotHelpful) with { Transport = Transport.Cli }),
            new InsertCase(Case(member: "c", feedback: Feedback.NotHelpful) with { Transport = Transport.Cli }),
        ]);

        Assert.Equal(new HelpfulnessCount("accept-cancellation", 1, 0), Assert.Single(store.Helpfulness(Now.AddDays(-1), Now.AddDays(1), transport: Transport.Discord)));
        Assert.Equal(new HelpfulnessCount("accept-cancellation", 0, 2), Assert.Single(store.Helpfulness(Now.AddDays(-1), Now.AddDays(1), transport: Transport.Cli)));
        Assert.Equal(1, store.DistinctMembers(Now.AddDays(-1), Now.AddDays(1), transport: Transport.Discord));
        Assert.Equal(2, store.DistinctMembers(Now.AddDays(-1), Now.AddDays(1), transport: Transport.Cli));
        Assert.Equal(3, store.DistinctMembers(Now.AddDays(-1), Now.AddDays(1)));
    }

    [Fact]
    public void CountBy_GroupWithoutAValue_IsCountedAsUnknown()
    {
        using var store = OpenDatabase();
        store.Write([new InsertCase(Case()), new InsertCase(Case() with { Reason = "late" })]);

        var counts = store.CountBy(CaseGrouping.Reason, Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal([new GroupCount("late", 1), new GroupCount("unknown", 1)], counts.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void CountBy_NoCasesInRange_ReturnsNothing()
    {
        using var store = OpenDatabase();

        Assert.Empty(store.CountBy(CaseGrouping.Recommendation, Now.AddDays(-1), Now));
    }

    [Fact]
    public void Helpfulness_RatedCases_CountsHelpfulAndNotHelpfulPerRecommendation()
    {
        using var store = OpenDatabase();
        store.Write([
            new InsertCase(Case(feedback: Feedback.Helpful)),
            new InsertCase(Case(feedback: Feedback.Helpful)),
            new InsertCase(Case(feedback: Feedback.NotHelpful)),
            new InsertCase(Case()),
        ]);

        var rows = store.Helpfulness(Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal(new HelpfulnessCount("accept-cancellation", 2, 1), Assert.Single(rows));
    }

    [Fact]
    public void Helpfulness_NoCasesInRange_ReturnsNothing()
    {
        using var store = OpenDatabase();

        Assert.Empty(store.Helpfulness(Now.AddDays(-1), Now));
    }

    [Fact]
    public void DistinctMembers_CasesInRange_CountsEachMemberOnce()
    {
        using var store = OpenDatabase();
        store.Write([new InsertCase(Case(member: "a")), new InsertCase(Case(member: "a")), new InsertCase(Case(member: "b"))]);

        Assert.Equal(2, store.DistinctMembers(Now.AddDays(-1), Now.AddDays(1)));
    }

    [Fact]
    public void ClaimMeta_SecondClaim_KeepsAndReturnsTheFirstValue()
    {
        using var store = OpenDatabase();

        Assert.Equal("first", store.ClaimMeta("marker", "first"));
        Assert.Equal("first", store.ClaimMeta("marker", "second"));
        Assert.Equal("first", store.ReadMeta("marker"));
    }

    [Fact]
    public async Task ClaimMeta_ReplicasClaimingAtOnce_AllGetTheSameValue()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => OpenDatabase()).ToList();
        try
        {
            using var start = new Barrier(stores.Count);
            var claimed = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
            {
                start.SignalAndWait();
                return store.ClaimMeta("claimed", $"replica-{i}");
            })));

            Assert.Single(claimed.Distinct());
            Assert.Equal(claimed[0], stores[0].ReadMeta("claimed"));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void Resolve_ReplicaWithTheSameKey_GetsTheSamePseudonyms()
    {
        using var first = OpenDatabase();
        using var second = OpenDatabase();

        var a = PseudonymKeys.Resolve(KeyA, first);
        var b = PseudonymKeys.Resolve(KeyA, second);

        Assert.True(a.IsSuccess && b.IsSuccess, string.Join("\n", a.Problems.Concat(b.Problems)));
        Assert.Equal(a.Value.For("111111111111111111"), b.Value.For("111111111111111111"));
    }

    [Fact]
    public void Resolve_ReplicaWithAnotherKey_RefusesNamingBothFingerprints()
    {
        using var first = OpenDatabase();
        using var second = OpenDatabase();
        var written = PseudonymKeys.Resolve(KeyA, first);
        Assert.True(written.IsSuccess, string.Join("\n", written.Problems));

        var other = PseudonymKeys.Resolve(KeyB, second);

        var problem = Assert.Single(other.Problems);
        Assert.Contains(written.Value.Fingerprint, problem);
        Assert.Contains(new Pseudonymizer(Convert.FromBase64String(KeyB)).Fingerprint, problem);
        Assert.Contains("not the key", problem);
    }

    [Fact]
    public async Task CaseLog_TwoReplicasWritingAtOnce_EveryCaseStoredExactlyOnce()
    {
        using var storeA = OpenDatabase();
        using var storeB = OpenDatabase();
        var logA = new CaseLog(storeA, new CaseLogOptions { QueueCapacity = 10_000, BatchSize = 100, ShutdownSeconds = 10 }, TimeSpan.FromDays(3650), NullLogger<CaseLog>.Instance, TimeProvider.System);
        var logB = new CaseLog(storeB, new CaseLogOptions { QueueCapacity = 10_000, BatchSize = 100, ShutdownSeconds = 10 }, TimeSpan.FromDays(3650), NullLogger<CaseLog>.Instance, TimeProvider.System);
        var cases = Enumerable.Range(0, 4000).Select(i => Case(member: $"member-{i % 50}", at: DateTimeOffset.UtcNow)).ToList();

        await Task.WhenAll(
            Task.Run(() => cases.Take(2000).ToList().ForEach(c => Assert.True(logA.TryEnqueue(new InsertCase(c))))),
            Task.Run(() => cases.Skip(2000).ToList().ForEach(c => Assert.True(logB.TryEnqueue(new InsertCase(c))))));
        await logA.DisposeAsync();
        await logB.DisposeAsync();

        Assert.Equal(4000, Rows());
        Assert.Equal(4000, logA.Counters.Written + logB.Counters.Written);
        Assert.All(cases.Take(20), c => Assert.NotNull(storeA.Find(c.Id)));
    }
}
