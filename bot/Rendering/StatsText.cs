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

    /// <summary>The period's calendar dates, e.g. <c>Oct 27 – Nov 26, 2026</c>; both years when they differ.</summary>
    public static string Period(StatsReport report)
    {
        var from = report.From;
        // To is exclusive: a period ending at midnight ends on the day before.
        var to = report.To > report.From ? report.To.AddTicks(-1) : report.To;
        var start = from.Year == to.Year
            ? from.ToString("MMM d", Invariant)
            : from.ToString("MMM d, yyyy", Invariant);
        return $"{start} – {to.ToString("MMM d, yyyy", Invariant)}";
    }

    /// <summary>The one line said about a period without cases.</summary>
    public static string NoCases(StatsReport report) => $"No cases in the last {Days(report.Days)}";

    /// <summary>How a withheld count is shown: never as a number.</summary>
    public static string FewerThan(StatsReport report) => $"fewer than {report.MinGroupSize.ToString(Invariant)}";

    /// <summary>A count not shown: under the minimum, or hidden so the total cannot give a small group away.</summary>
    public static string Withheld(StatsReport report, StatsGroup group) => group.HiddenToProtect ? "hidden" : FewerThan(report);

    /// <summary>A previous-period count not shown (under the minimum, or hidden with it).</summary>
    public const string WithheldPrevious = "withheld";

    /// <summary>Explains the withheld counts under a table or chart, when there are any.</summary>
    public static string? WithheldNote(StatsReport report) =>
        report.Groups.Any(g => g.Withheld || g.PreviousCount is null)
            ? $"Groups under {report.MinGroupSize.ToString(Invariant)} cases are withheld; when only one is, one more is hidden so the total cannot reveal it."
            : null;

    public static string Number(int value) => value.ToString(Invariant);

    /// <summary><c>41.7%</c> for 0.4167.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    /// <summary><c>+4</c>, <c>-2</c>, <c>0</c>.</summary>
    public static string Change(int change) => change > 0 ? "+" + Number(change) : Number(change);
}
