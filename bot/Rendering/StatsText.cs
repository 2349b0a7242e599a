using System.Globalization;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Humanizer;

namespace ForumHelper.Bot.Rendering;

/// <summary>Wording shared by the <c>stats</c> renderers, so the table and the chart say the same thing.</summary>
internal static class StatsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The grouping in words: <c>answer version</c> rather than the wire name <c>answer-version</c>.</summary>
    public static string GroupingName(CaseGrouping grouping) => WireNames.Of(grouping).Replace('-', ' ');

    /// <summary><c>1 day</c>, <c>30 days</c>.</summary>
    public static string Days(int days) => "day".ToQuantity(days);

    /// <summary>The period's calendar dates, e.g. <c>Oct 27 – Nov 25, 2026, UTC</c>; both years when they differ. Whole days, so a report is the same all day.</summary>
    public static string Period(StatsReport report) => PeriodDates(report) + ", UTC";

    /// <summary>The period's calendar dates without the time zone, e.g. <c>Oct 27 – Nov 25, 2026</c>, or the one day, <c>Nov 25, 2026</c>.</summary>
    public static string PeriodDates(StatsReport report)
    {
        var from = report.From;
        // To is exclusive: a period ending at midnight ends on the day before.
        var to = report.To > report.From ? report.To.AddTicks(-1) : report.To;
        if (from.Date == to.Date)
        {
            return to.ToString("MMM d, yyyy", Invariant);
        }

        var start = from.Year == to.Year
            ? from.ToString("MMM d", Invariant)
            : from.ToString("MMM d, yyyy", Invariant);
        return $"{start} – {to.ToString("MMM d, yyyy", Invariant)}";
    }

    /// <summary>The period as a heading names it: <c>last 30 days</c>, <c>November 2026</c>.</summary>
    public static string PeriodName(StatsReport report) =>
        report.Period.Month is { } month ? MonthName(month) : "last " + Days(report.Days);

    /// <summary>The previous period as a label names it: <c>previous 30 days</c>, <c>October 2026</c>.</summary>
    public static string PreviousName(StatsReport report) =>
        report.Period.Month is { } month ? MonthName(month.AddMonths(-1)) : "previous " + Days(report.Days);

    /// <summary>The previous period inside a sentence: <c>the previous 30 days</c>, <c>October 2026</c>.</summary>
    public static string PreviousPhrase(StatsReport report) =>
        report.Period.Month is null ? "the " + PreviousName(report) : PreviousName(report);

    /// <summary>A label at the start of a line: <c>Previous 30 days</c>.</summary>
    public static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    /// <summary><c>November 2026</c>.</summary>
    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", Invariant);

    /// <summary>The one line said about a period without cases.</summary>
    public static string NoCases(StatsReport report) =>
        report.Period.Month is null ? $"No cases in the last {Days(report.Days)}" : $"No cases in {PeriodName(report)}";

    /// <summary>How a member count under the minimum is shown: never as a number.</summary>
    public static string FewerThan(StatsReport report) => $"fewer than {report.MinGroupSize.ToString(Invariant)}";

    /// <summary>
    /// How every withheld count is shown, in either period and in the helpfulness table: the same word
    /// whether the group is small or hidden with one, so the label cannot tell them apart.
    /// </summary>
    public const string Withheld = "withheld";

    /// <summary>True when the report withholds any count: a group's, a previous period's or a rated one.</summary>
    public static bool AnyWithheld(StatsReport report) =>
        report.Groups.Any(g => g.Withheld || g.PreviousCount is null) || report.Helpfulness.Any(h => h.Withheld);

    /// <summary>Explains the withheld counts under a table, in one sentence, when there are any.</summary>
    public static string? WithheldNote(StatsReport report) =>
        AnyWithheld(report)
            ? $"Counts under {report.MinGroupSize.ToString(Invariant)} are withheld, together with enough other counts that no withheld one can be worked out from the total."
            : null;

    /// <summary>The chart's footnote for its withheld groups, e.g. <c>2 groups withheld (under 3 cases, or to protect one)</c>.</summary>
    public static string WithheldGroups(StatsReport report, int withheld) =>
        $"{"group".ToQuantity(withheld)} withheld (under {report.MinGroupSize.ToString(Invariant)} cases, or to protect one)";

    public static string Number(int value) => value.ToString(Invariant);

    /// <summary><c>41.7%</c> for 0.4167.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A share as a whole percent for a phone: <c>42%</c>, <c>&lt;1%</c> for a small non-zero share.</summary>
    public static string WholePercent(double share) =>
        share is > 0 and < 0.005 ? "<1%" : Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%";

    /// <summary>A change as an arrow for a phone: <c>▲4</c>, <c>▼2</c>, <c>±0</c>.</summary>
    public static string Arrow(int change) => change switch
    {
        > 0 => "▲" + Number(change),
        < 0 => "▼" + Number(-change),
        _ => "±0",
    };

    /// <summary><c>+4</c>, <c>-2</c>, <c>0</c>.</summary>
    public static string Change(int change) => change > 0 ? "+" + Number(change) : Number(change);
}
