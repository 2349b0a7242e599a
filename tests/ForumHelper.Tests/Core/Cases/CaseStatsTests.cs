using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

public class CaseStatsTests
{
    private const int Days = 30;
    private static readonly DateTimeOffset InPeriod = Now.AddDays(-1);
    private static readonly DateTimeOffset InPrevious = Now.AddDays(-45);
    private static readonly DateTimeOffset Midnight = new(Now.UtcDateTime.Date, TimeSpan.Zero);

    [Fact]
    public void Report_TwoPeriods_CountsSharesAndChanges()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(9, report.Total);
        Assert.Equal(9, report.PreviousTotal);
        Assert.False(report.IsEmpty);
        // Whole UTC days: the period ends at the midnight before the report.
        Assert.Equal(Midnight.AddDays(-Days), report.From);
        Assert.Equal(Midnight, report.To);
        Assert.Equal(
            [
                // ask-support (1) is under the minimum, so decline-cancellation (3) is hidden with it;
                // in the previous period accept-cancellation (2) is under it, so gone (3) is hidden.
                new StatsGroup("accept-cancellation", 5, 5 / 9.0, null, null),
                new StatsGroup("gone", 0, 0, null, null),
                new StatsGroup("ask-support", null, null, 0, null),
                new StatsGroup("decline-cancellation", null, null, 4, null),
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
        Assert.True(partner.Withheld);
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
        using var store = OpenStore(Db(folder));
        store.Write([
            .. Rated("accept-cancellation", helpful: 3, notHelpful: 1),
            .. Rated("wait", helpful: 2, notHelpful: 1),
            .. Rated("decline-cancellation", helpful: 1, notHelpful: 0),
        ]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        // decline (1 rated) is under the minimum; wait (3), the smallest other, is withheld with it.
        Assert.Equal(
            [
                new HelpfulnessRow("accept-cancellation", 4, 0.75),
                new HelpfulnessRow("decline-cancellation", null, null),
                new HelpfulnessRow("wait", null, null),
            ],
            report.Helpfulness);
    }

    [Fact]
    public void Report_OneSmallRatedRow_WithholdsAPartnerSoFeedbackTotalsRevealNothing()
    {
        using var folder = new TempFolder();
        using var store = SeededStore(folder);
        var stats = new CaseStats(store, minGroupSize: 3);

        var report = stats.Report(CaseGrouping.Recommendation, Days, Now);
        var byFeedback = stats.Report(CaseGrouping.Feedback, Days, Now);

        // accept has 4 ratings, decline 1: showing accept's 4 next to the `--by feedback` totals (5 rated) would give decline's 1 away.
        Assert.All(report.Helpfulness, row => Assert.True(row.Withheld));
        // The cases without feedback are shown, so the ratings' total follows from the report's total.
        var ratedTotal = byFeedback.Total - byFeedback.Groups.Single(g => g.Key == "none").Count!.Value;
        Assert.Equal(5, ratedTotal);
        Assert.NotEqual(1, ratedTotal - report.Helpfulness.Sum(h => h.Rated ?? 0));
    }

    [Fact]
    public void Report_TwoSmallGroups_WithholdsAPartnerSoNeitherCanBeWorkedOut()
    {
        using var folder = new TempFolder();
        using var store = StoreWith(folder, [("accept-cancellation", 40), ("wait", 1), ("ask-support", 1)]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        // Two ones alone add up to 2 = two groups, so each would be 1; the only other group goes with them.
        Assert.Equal(42, report.Total);
        Assert.All(report.Groups, g => Assert.True(g.Withheld));
        AssertCannotBeWorkedOut(
            report.Total,
            report.Groups.ToDictionary(g => g.Key, g => g.Count),
            new Dictionary<string, int> { ["accept-cancellation"] = 40, ["wait"] = 1, ["ask-support"] = 1 },
            report.MinGroupSize);
    }

    [Fact]
    public void Report_TwoSmallGroupsAndOthers_WithholdsOnlyTheSmallestOtherWithThem()
    {
        using var folder = new TempFolder();
        Dictionary<string, int> counts = new() { ["accept-cancellation"] = 40, ["decline-cancellation"] = 5, ["wait"] = 1, ["ask-support"] = 1 };
        using var store = StoreWith(folder, [.. counts.Select(c => (c.Key, c.Value))]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(["accept-cancellation"], report.Groups.Where(g => !g.Withheld).Select(g => g.Key));
        Assert.Equal(40, report.Groups.Single(g => g.Key == "accept-cancellation").Count);
        AssertCannotBeWorkedOut(report.Total, report.Groups.ToDictionary(g => g.Key, g => g.Count), counts, report.MinGroupSize);
    }

    [Fact]
    public void Report_HiddenTotalJustOverMinimum_GivesEveryWithheldGroupTheSameLook()
    {
        using var folder = new TempFolder();
        Dictionary<string, int> counts = new() { ["accept-cancellation"] = 10, ["decline-cancellation"] = 3, ["ask-support"] = 1 };
        using var store = StoreWith(folder, [.. counts.Select(c => (c.Key, c.Value))]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        // Hidden total 4 = minimum + 1: had the partner been marked as large, the small one would be 1.
        var withheld = report.Groups.Where(g => g.Withheld).ToList();
        Assert.Equal(["ask-support", "decline-cancellation"], withheld.Select(g => g.Key));
        Assert.All(withheld, g => Assert.Equal(new StatsGroup(g.Key, null, null, 0, null), g));
        AssertCannotBeWorkedOut(report.Total, report.Groups.ToDictionary(g => g.Key, g => g.Count), counts, report.MinGroupSize);
    }

    [Fact]
    public void Report_SmallGroupInThePreviousPeriod_WithholdsPreviousCountsTheSameWay()
    {
        using var folder = new TempFolder();
        Dictionary<string, int> before = new() { ["accept-cancellation"] = 40, ["wait"] = 1, ["ask-support"] = 1, ["decline-cancellation"] = 6 };
        using var store = StoreWith(folder, [("accept-cancellation", 5)], [.. before.Select(c => (c.Key, c.Value))]);

        var report = new CaseStats(store, minGroupSize: 3).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(48, report.PreviousTotal);
        Assert.Equal(40, report.Groups.Single(g => g.Key == "accept-cancellation").PreviousCount);
        AssertCannotBeWorkedOut(report.PreviousTotal, report.Groups.ToDictionary(g => g.Key, g => g.PreviousCount), before, report.MinGroupSize);
    }

    [Theory]
    [InlineData(new[] { 40, 1, 1 })]
    [InlineData(new[] { 40, 5, 1, 1 })]
    [InlineData(new[] { 10, 3, 1 })]
    [InlineData(new[] { 5, 1, 1, 1 })]
    [InlineData(new[] { 9, 2, 2 })]
    [InlineData(new[] { 7, 4, 2, 0 })]
    [InlineData(new[] { 20, 4, 4, 1, 0, 0 })]
    public void Withhold_Counts_LeavesNoWithheldGroupToBeWorkedOut(int[] values)
    {
        var counts = values.Select((value, i) => (Key: "g" + i, Value: value)).ToDictionary(c => c.Key, c => c.Value);

        var hidden = CaseStats.Withhold(counts, 3);

        var shown = counts.ToDictionary(c => c.Key, c => hidden.Contains(c.Key) ? (int?)null : c.Value);
        AssertCannotBeWorkedOut(counts.Values.Sum(), shown, counts, 3);
    }

    [Fact]
    public void Withhold_ManyRandomCounts_HoldsTheRuleWheneverThereIsEnoughToHide()
    {
        var random = new Random(20261126);
        for (var run = 0; run < 2000; run++)
        {
            var minimum = random.Next(2, 6);
            var counts = Enumerable.Range(0, random.Next(1, 8)).ToDictionary(i => "g" + i, _ => random.Next(0, 3) == 0 ? random.Next(0, minimum) : random.Next(0, 30));

            var hidden = CaseStats.Withhold(counts, minimum);

            var label = string.Join(",", counts.Values) + $" (min {minimum})";
            Assert.All(hidden, key => Assert.True(counts[key] > 0, $"a zero is withheld in {label}"));
            Assert.All(counts.Where(c => c.Value > 0 && c.Value < minimum), c => Assert.Contains(c.Key, hidden));
            var everyNonZero = counts.Count(c => c.Value > 0);
            var hiddenTotal = hidden.Sum(key => counts[key]);
            var holds = hidden.Count >= 2 && hiddenTotal >= minimum && hiddenTotal > hidden.Count;
            if (hidden.Count > 0 && (hidden.Count < everyNonZero || holds))
            {
                // Something was left shown, so the rule had to hold before it stopped adding.
                var shown = counts.ToDictionary(c => c.Key, c => hidden.Contains(c.Key) ? (int?)null : c.Value);
                AssertCannotBeWorkedOut(counts.Values.Sum(), shown, counts, minimum);
            }
        }
    }

    [Fact]
    public void Withhold_ZeroCounts_AreNeverWithheld()
    {
        var counts = new Dictionary<string, int> { ["accept-cancellation"] = 5, ["wait"] = 0, ["ask-support"] = 1, ["gone"] = 0 };

        var hidden = CaseStats.Withhold(counts, 3);

        Assert.Equal(["accept-cancellation", "ask-support"], hidden.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Withhold_EqualCandidates_TakesTheFirstKey()
    {
        var counts = new Dictionary<string, int> { ["b"] = 4, ["a"] = 4, ["c"] = 1, ["d"] = 10 };

        var hidden = CaseStats.Withhold(counts, 3);

        Assert.Equal(["a", "c"], hidden.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Withhold_NothingSmall_WithholdsNothing()
    {
        Assert.Empty(CaseStats.Withhold(new Dictionary<string, int> { ["a"] = 3, ["b"] = 0, ["c"] = 7 }, 3));
    }

    [Fact]
    public void Report_CaseAtTheLastMidnight_IsOutsideThePeriodAndOneAtTheStartIsInside()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([
            new InsertCase(Case(at: Midnight)),
            new InsertCase(Case(at: Midnight.AddDays(-Days))),
            new InsertCase(Case(at: Midnight.AddDays(-Days).AddMilliseconds(-1))),
        ]);

        var report = new CaseStats(store, minGroupSize: 1).Report(CaseGrouping.Recommendation, Days, Now);

        Assert.Equal(1, report.Total);
        Assert.Equal(1, report.PreviousTotal);
    }

    [Fact]
    public void Report_BeforeAndAfterAQuestionOnTheSameDay_AreTheSameReport()
    {
        // Subtracting two reports a few minutes apart used to single out the case asked in between.
        using var folder = new TempFolder();
        using var store = SeededStore(folder);
        var stats = new CaseStats(store, minGroupSize: 3);
        var before = stats.Report(CaseGrouping.Stage, Days, Now);

        store.Write([new InsertCase(Case(member: "newcomer", at: Now.AddMinutes(1), stage: "completed"))]);
        var after = stats.Report(CaseGrouping.Stage, Days, Now.AddMinutes(2));

        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.DistinctMembers, after.DistinctMembers);
        Assert.Equal(before.Groups, after.Groups);
        Assert.Equal(before.Helpfulness, after.Helpfulness);
    }

    [Theory]
    [InlineData(CaseGrouping.Feedback)]
    [InlineData(CaseGrouping.Recommendation)]
    public void Report_BeforeAndAfterARatingOnTheSameDay_AreTheSameReport(CaseGrouping grouping)
    {
        // A member rating an old answer used to change the report at once, so two reports a minute
        // apart told which kind of answer was just rated, and how.
        using var folder = new TempFolder();
        using var store = SeededStore(folder);
        var unrated = Case(member: "rater", at: InPeriod, recommendation: "decline-cancellation");
        store.Write([new InsertCase(unrated)]);
        var stats = new CaseStats(store, minGroupSize: 1);
        var before = stats.Report(grouping, Days, Now);

        store.Write([new SetFeedback(unrated.Id, "rater", Feedback.NotHelpful, Now.AddMinutes(1))]);
        var after = stats.Report(grouping, Days, Now.AddMinutes(2));
        var tomorrow = stats.Report(grouping, Days, Now.AddDays(1));

        Assert.Equal(before.Groups, after.Groups);
        Assert.Equal(before.Helpfulness, after.Helpfulness);
        // From the next day it counts, like a case asked today.
        Assert.Equal(before.Helpfulness.Single(h => h.Recommendation == "decline-cancellation").Rated + 1,
            tomorrow.Helpfulness.Single(h => h.Recommendation == "decline-cancellation").Rated);
    }

    [Fact]
    public void Report_FinishedMonth_NeitherANewCaseNorALateRatingChangesIt()
    {
        // A finished month is never reported differently: a case asked after it and a rating given
        // after it (on one of its cases) leave it as it was, so nothing can be subtracted from it.
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        var november = StatsPeriod.CalendarMonth(new DateOnly(2026, 11, 1));
        var lastDay = Case(member: "late-rater", at: november.To.AddHours(-2), recommendation: "wait");
        store.Write([
            new InsertCase(Case(member: "a", at: november.From.AddDays(3), recommendation: "wait")),
            new InsertCase(Case(member: "b", at: november.From.AddDays(9), recommendation: "ask-support")),
            new InsertCase(lastDay),
            new InsertCase(Case(member: "c", at: november.PreviousFrom.AddDays(5), recommendation: "wait")),
        ]);
        var stats = new CaseStats(store, minGroupSize: 1);
        var first = stats.Report(CaseGrouping.Recommendation, november);

        store.Write([
            new InsertCase(Case(member: "d", at: november.To.AddMinutes(1), recommendation: "ask-support")),
            new SetFeedback(lastDay.Id, "late-rater", Feedback.Helpful, november.To.AddHours(3)),
        ]);
        var later = stats.Report(CaseGrouping.Recommendation, november);

        Assert.Equal(3, first.Total);
        Assert.Equal(1, first.PreviousTotal);
        Assert.Equal((first.Total, first.PreviousTotal, first.DistinctMembers), (later.Total, later.PreviousTotal, later.DistinctMembers));
        Assert.Equal(first.Groups, later.Groups);
        Assert.Equal(first.Helpfulness, later.Helpfulness);
    }

    [Fact]
    public void Report_RatingGivenWithinTheMonth_Counts()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        var november = StatsPeriod.CalendarMonth(new DateOnly(2026, 11, 1));
        var rated = Case(member: "a", at: november.From.AddDays(3), recommendation: "wait");
        store.Write([new InsertCase(rated), new SetFeedback(rated.Id, "a", Feedback.Helpful, november.From.AddDays(20))]);

        var report = new CaseStats(store, minGroupSize: 1).Report(CaseGrouping.Feedback, november);

        Assert.Equal(["helpful"], report.Groups.Where(g => g.Count > 0).Select(g => g.Key));
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
        store.Write([new InsertCase(Case(at: Midnight.AddHours(-1)))]);

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

    /// <summary>
    /// The withheld set holds two or more groups, at least the minimum between them, and more than one
    /// each; so total minus the shown counts never equals a small withheld group's count.
    /// </summary>
    private static void AssertCannotBeWorkedOut(int total, IReadOnlyDictionary<string, int?> shown, IReadOnlyDictionary<string, int> truth, int minimum)
    {
        var withheld = shown.Where(g => g.Value is null).Select(g => g.Key).ToList();
        Assert.All(shown.Where(g => g.Value is { } count), g => Assert.Equal(truth.GetValueOrDefault(g.Key), g.Value));
        Assert.All(truth.Where(t => t.Value == 0), t => Assert.Equal(0, shown.GetValueOrDefault(t.Key, 0)));
        if (withheld.Count == 0)
        {
            return;
        }

        var hiddenTotal = total - shown.Values.Sum(v => v ?? 0);
        Assert.Equal(withheld.Sum(key => truth[key]), hiddenTotal);
        Assert.True(withheld.Count >= 2, $"only {withheld.Count} group withheld");
        Assert.True(hiddenTotal >= minimum, $"withheld groups hold {hiddenTotal}, under {minimum}");
        Assert.True(hiddenTotal > withheld.Count, $"{withheld.Count} withheld groups hold {hiddenTotal}: each must be 1");
        Assert.All(withheld.Where(key => truth[key] < minimum), key => Assert.NotEqual(truth[key], hiddenTotal));
    }

    private static SqliteCaseStore StoreWith(TempFolder folder, IReadOnlyList<(string Recommendation, int Count)> current, IReadOnlyList<(string Recommendation, int Count)>? previous = null)
    {
        var store = OpenStore(Db(folder));
        var member = 0;
        store.Write([
            .. current.SelectMany(g => Enumerable.Range(0, g.Count).Select(_ => new InsertCase(Case("m" + member++, InPeriod, g.Recommendation)))),
            .. (previous ?? []).SelectMany(g => Enumerable.Range(0, g.Count).Select(_ => new InsertCase(Case("m" + member++, InPrevious, g.Recommendation)))),
        ]);
        return store;
    }

    private static IEnumerable<InsertCase> Rated(string recommendation, int helpful, int notHelpful) =>
        Enumerable.Range(0, helpful).Select(i => new InsertCase(Case("h" + i, InPeriod, recommendation, Feedback.Helpful)))
            .Concat(Enumerable.Range(0, notHelpful).Select(i => new InsertCase(Case("n" + i, InPeriod, recommendation, Feedback.NotHelpful))));

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

    [Fact]
    public void Report_CasesAskedFromTheTerminal_AreLeftOutByDefaultAndCounted()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([
            .. Enumerable.Range(0, 3).Select(i => new InsertCase(Case(member: "m" + i, at: InPeriod))),
            .. Enumerable.Range(0, 2).Select(_ => new InsertCase(Case(member: "local", at: InPeriod, recommendation: "ask-support") with { Transport = Transport.Cli })),
        ]);
        var stats = new CaseStats(store, minGroupSize: 1);

        var discord = stats.Report(CaseGrouping.Recommendation, Days, Now);
        var terminal = stats.Report(CaseGrouping.Recommendation, Days, Now, source: CaseSource.Terminal);
        var all = stats.Report(CaseGrouping.Recommendation, Days, Now, source: CaseSource.All);

        Assert.Equal((3, 3, 2), (discord.Total, discord.DistinctMembers!.Value, discord.LeftOut));
        Assert.Equal(["accept-cancellation"], discord.Groups.Select(g => g.Key));
        Assert.Equal((2, 1, 3), (terminal.Total, terminal.DistinctMembers!.Value, terminal.LeftOut));
        Assert.Equal((5, 4, 0), (all.Total, all.DistinctMembers!.Value, all.LeftOut));
    }

    [Fact]
    public void Report_OneServer_CaseAskedFromTheTerminalChangesNothing()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([.. Enumerable.Range(0, 3).Select(i => new InsertCase(Case(member: "m" + i, at: InPeriod) with { Server = "ours" }))]);
        var stats = new CaseStats(store, minGroupSize: 3);
        var before = stats.Report(CaseGrouping.Recommendation, Days, Now, server: "ours");

        // The way /case-stats asks: one server, the default source. Even a terminal case marked with the server stays out.
        store.Write([new InsertCase(Case(member: "local", at: InPeriod) with { Transport = Transport.Cli }), new InsertCase(Case(member: "local", at: InPeriod) with { Transport = Transport.Cli, Server = "ours" })]);
        var after = stats.Report(CaseGrouping.Recommendation, Days, Now, server: "ours");

        Assert.Equal((before.Total, before.PreviousTotal, before.DistinctMembers), (after.Total, after.PreviousTotal, after.DistinctMembers));
        Assert.Equal(before.Groups, after.Groups);
        Assert.Equal(before.Helpfulness, after.Helpfulness);
        Assert.Equal((0, 1), (before.LeftOut, after.LeftOut));
    }
}
