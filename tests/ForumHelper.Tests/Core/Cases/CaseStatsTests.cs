using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

public class CaseStatsTests
{
    private const int Days = 30;
    private static readonly DateTimeOffset InPeriod = Now.AddDays(-1);
    private static readonly DateTimeOffset InPrevious = Now.AddDays(-45);

    [Fact]
    public void Report_TwoPeriods_CountsSharesAndChanges()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(9, report.Total);
        Assert.Equal(9, report.PreviousTotal);
        Assert.False(report.IsEmpty);
        Assert.Equal(Now.AddDays(-Days), report.From);
        Assert.Equal(Now, report.To);
        Assert.Equal(
            [
                // ask-support (1) is under the minimum, so decline-cancellation (3) is hidden with it;
                // in the previous period accept-cancellation (2) is under it, so gone (3) is hidden.
                new StatsGroup("accept-cancellation", 5, 5 / 9.0, null, null),
                new StatsGroup("gone", 0, 0, null, null),
                new StatsGroup("ask-support", null, null, 0, null),
                new StatsGroup("decline-cancellation", null, null, 4, null, HiddenToProtect: true),
            ],
            report.Groups);
    }

    [Fact]
    public void Report_GroupBelowMinimum_IsWithheldAndListedLast()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        var small = report.Groups.Single(g => g.Key == "ask-support");
        Assert.True(small.Withheld);
        Assert.False(small.HiddenToProtect);
        Assert.Null(small.Count);
        Assert.Null(small.Share);
        Assert.All(report.Groups.SkipWhile(g => !g.Withheld), g => Assert.True(g.Withheld));
    }

    [Fact]
    public void Report_SingleSmallGroup_HidesTheSmallestOtherGroupSoTheTotalRevealsNothing()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        var partner = report.Groups.Single(g => g.Key == "decline-cancellation");
        Assert.True(partner.HiddenToProtect);
        Assert.Null(partner.Count);
        // Total minus the shown counts is now the sum of two groups, not the small one's count.
        Assert.Equal(4, report.Total - report.Groups.Sum(g => g.Count ?? 0));
    }

    [Fact]
    public void Report_MinimumOfOne_ShowsEveryGroup()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 1).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.DoesNotContain(report.Groups, g => g.Withheld);
        Assert.Equal(1, report.Groups.Single(g => g.Key == "ask-support").Count);
        Assert.Equal(2, report.Groups.Single(g => g.Key == "accept-cancellation").PreviousCount);
    }

    [Fact]
    public void Report_FourMembers_CountsDistinctMembers()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(4, report.DistinctMembers);
    }

    [Fact]
    public void Report_FewerMembersThanMinimum_WithholdsTheMemberCount()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([.. Enumerable.Range(0, 6).Select(i => new InsertCase(Case(member: "m" + (i % 2), at: InPeriod)))]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Null(report.DistinctMembers);
        Assert.Equal(6, report.Total);
    }

    [Fact]
    public void Report_RatedAnswers_GivesHelpfulnessRatioAndWithholdsSmallOnes()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(
            [
                new HelpfulnessRow("accept-cancellation", 4, 0.75),
                new HelpfulnessRow("decline-cancellation", null, null),
            ],
            report.Helpfulness);
    }

    [Fact]
    public void Report_CaseExactlyAtNow_IsOutsideThePeriodAndOneAtTheStartIsInside()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([
            new InsertCase(Case(at: Now)),
            new InsertCase(Case(at: Now.AddDays(-Days))),
            new InsertCase(Case(at: Now.AddDays(-Days).AddMilliseconds(-1))),
        ]);

        var report = new CaseStats(store, minGroupSize: 1).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(1, report.Total);
        Assert.Equal(1, report.PreviousTotal);
    }

    [Fact]
    public void Report_NullColumn_IsGroupedAsUnknown()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([.. Enumerable.Range(0, 3).Select(_ => new InsertCase(Case(at: InPeriod) with { Reason = null }))]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Reason, Days, Now);

        Assert.Equal(new StatsGroup("unknown", 3, 1.0, 0, 3), Assert.Single(report.Groups));
    }

    [Fact]
    public void Report_ByStage_GroupsByStage()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([
            .. Enumerable.Range(0, 3).Select(_ => new InsertCase(Case(at: InPeriod, stage: "delivered"))),
            .. Enumerable.Range(0, 4).Select(_ => new InsertCase(Case(at: InPeriod, stage: "in-progress"))),
        ]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Stage, Days, Now);

        Assert.Equal(["in-progress", "delivered"], report.Groups.Select(g => g.Key));
        Assert.Equal([4, 3], report.Groups.Select(g => g.Count));
    }

    [Fact]
    public void Report_EmptyDatabase_IsEmpty()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.Total);
        Assert.Empty(report.Groups);
        Assert.Empty(report.Helpfulness);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(CaseStats.MaxDays + 1)]
    public void Report_DaysOutOfRange_Throws(int days)
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));

        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseStats(store, 3).Report(CaseGrouping.Recommendation, days, Now));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(CaseStats.MaxDays)]
    public void Report_DaysAtTheLimits_Works(int days)
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([new InsertCase(Case(at: Now.AddHours(-1)))]);

        var report = new CaseStats(store, 1).Report(CaseGrouping.Recommendation, days, Now);

        Assert.Equal(1, report.Total);
        Assert.Equal(days, report.Days);
    }

    /// <summary>
    /// This period: accept ×5 (3 helpful, 1 not), decline ×3 (1 helpful), ask-support ×1, by four members.
    /// The previous period: accept ×2, decline ×4, gone ×3. Plus cases outside both periods.
    /// </summary>
    [Fact]
    public void Report_OneServer_CountsOnlyThatServersCases()
    {
        using var folder = new TempFolder();
        using var store = CaseFixtures.OpenStore(folder.File("cases.db"));
        var now = CaseFixtures.Now;
        store.Write(
        [
            .. Enumerable.Range(0, 4).Select(i => new InsertCase(CaseFixtures.Case(member: $"a{i}", at: now.AddDays(-1)) with { Server = "server-a" })),
            .. Enumerable.Range(0, 3).Select(i => new InsertCase(CaseFixtures.Case(member: $"b{i}", at: now.AddDays(-1), recommendation: "wait") with { Server = "server-b" })),
        ]);

        var stats = new CaseStats(store, minGroupSize: 3);

        Assert.Equal(7, stats.Report(CaseGrouping.Recommendation, 30, now).Total);
        var serverA = stats.Report(CaseGrouping.Recommendation, 30, now, server: "server-a");
        Assert.Equal(4, serverA.Total);
        Assert.Equal("accept-cancellation", Assert.Single(serverA.Groups).Key);
    }

    private static SqliteCaseStore SeededStore(TempFolder folder)
    {
        var store = OpenStore(Db(folder));
        List<CaseRecord> cases =
        [
            Case("m1", InPeriod, "accept-cancellation", Feedback.Helpful),
            Case("m2", InPeriod, "accept-cancellation", Feedback.Helpful),
            Case("m3", InPeriod, "accept-cancellation", Feedback.Helpful),
            Case("m4", InPeriod, "accept-cancellation", Feedback.NotHelpful),
            Case("m1", InPeriod, "accept-cancellation"),
            Case("m1", InPeriod, "decline-cancellation", Feedback.Helpful),
            Case("m2", InPeriod, "decline-cancellation"),
            Case("m3", InPeriod, "decline-cancellation"),
            Case("m4", InPeriod, "ask-support"),
            .. Enumerable.Range(0, 2).Select(_ => Case("p1", InPrevious, "accept-cancellation")),
            .. Enumerable.Range(0, 4).Select(_ => Case("p2", InPrevious, "decline-cancellation")),
            .. Enumerable.Range(0, 3).Select(_ => Case("p3", InPrevious, "gone", Feedback.Helpful)),
            Case("late", Now, "accept-cancellation"),
            Case("old", Now.AddDays(-100), "accept-cancellation"),
        ];
        store.Write([.. cases.Select(c => new InsertCase(c))]);
        return store;
    }
}
