using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Bot.Rendering;

/// <summary>Statistics reports built by hand for the renderer tests, as <see cref="CaseStats"/> would return them.</summary>
internal static class StatsReports
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 14, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// 26 cases in seven recommendation groups, withheld as <see cref="CaseStats"/> would: <c>open-dispute</c> (2) and
    /// <c>request-extension</c> (2) this period; <c>refund-partially</c> (1) and <c>open-dispute</c> (2) in the previous one.
    /// Two ratings rows are shown and two withheld.
    /// </summary>
    public static StatsReport Normal() => Report(
        30,
        total: 26,
        previousTotal: 23,
        members: 9,
        [
            new StatsGroup("accept-cancellation", 10, 10 / 26.0, 6, 4),
            new StatsGroup("wait-for-buyer", 5, 5 / 26.0, 7, -2),
            new StatsGroup("contact-support", 4, 4 / 26.0, 4, 0),
            new StatsGroup("refund-partially", 3, 3 / 26.0, null, null),
            new StatsGroup("decline-and-document", 0, 0.0, 3, -3),
            new StatsGroup("open-dispute", null, null, null, null),
            new StatsGroup("request-extension", null, null, 0, null),
        ],
        [
            new HelpfulnessRow("accept-cancellation", 8, 0.75),
            new HelpfulnessRow("wait-for-buyer", 4, 0.5),
            new HelpfulnessRow("contact-support", null, null),
            new HelpfulnessRow("refund-partially", null, null),
        ]);

    /// <summary><see cref="Normal"/> as <c>/case-stats</c> reports it: November 2026, compared with October.</summary>
    public static StatsReport NormalMonth() => Normal() with { Period = StatsPeriod.CalendarMonth(new DateOnly(2026, 11, 1)) };

    public static StatsReport Empty(int days = 30) => Report(days, total: 0, previousTotal: 0, members: null, [], []);

    public static StatsReport OneGroup(int days = 1) => Report(
        days, total: 4, previousTotal: 0, members: 3, [new StatsGroup("accept-cancellation", 4, 1.0, 0, 4)], []);

    public static StatsReport FewMembers() => Report(
        30, total: 5, previousTotal: 3, members: null, [new StatsGroup("wait-for-buyer", 5, 1.0, 3, 2)], []);

    public static StatsReport AllWithheld() => Report(
        30, total: 3, previousTotal: 2, members: null, [new StatsGroup("wait-for-buyer", null, null, null, null), new StatsGroup("open-dispute", null, null, null, null)], []);

    public static StatsReport NoPreviousShown() => Report(
        30, total: 7, previousTotal: 2, members: 4, [new StatsGroup("wait-for-buyer", 4, 4 / 7.0, null, null), new StatsGroup("open-dispute", 3, 3 / 7.0, 0, 3)], []);

    public static StatsReport Many() => Report(
        7,
        total: 465,
        previousTotal: 550,
        members: 120,
        Enumerable.Range(0, 25).Select(i => new StatsGroup($"a-rather-long-recommendation-key-number-{i}", 30 - i, (30 - i) / 465.0, 20 + i % 5, 10 - i - i % 5)).ToList(),
        [],
        CaseGrouping.AnswerVersion);

    public static StatsReport Report(
        int days,
        int total,
        int previousTotal,
        int? members,
        IReadOnlyList<StatsGroup> groups,
        IReadOnlyList<HelpfulnessRow> helpfulness,
        CaseGrouping grouping = CaseGrouping.Recommendation,
        DateTimeOffset? now = null)
    {
        var to = now ?? Now;
        return new StatsReport
        {
            Grouping = grouping,
            Period = StatsPeriod.LastDays(days, to),
            Total = total,
            PreviousTotal = previousTotal,
            DistinctMembers = members,
            Groups = groups,
            Helpfulness = helpfulness,
            MinGroupSize = 3,
        };
    }
}
