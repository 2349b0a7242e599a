using System.Text;
using ForumHelper.Core.Cases;
using Humanizer;

namespace ForumHelper.Bot.Rendering;

/// <summary>Lays a <see cref="StatsReport"/> out as aligned terminal text for moderators.</summary>
internal static class StatsTableRenderer
{
    private const string Gap = "  ";

    public static string Render(StatsReport report)
    {
        if (report.IsEmpty)
        {
            return StatsText.NoCases(report) + ".\n";
        }

        var text = new StringBuilder();
        text.Append("Cases by ").Append(StatsText.GroupingName(report.Grouping))
            .Append(", ").Append(StatsText.PeriodName(report))
            .Append(" (").Append(StatsText.Period(report)).Append(")\n\n");

        AppendGroups(text, report);

        var members = report.DistinctMembers is { } shown ? "member".ToQuantity(shown) : StatsText.FewerThan(report) + " members";
        text.Append('\n')
            .Append("Total ").Append("case".ToQuantity(report.Total))
            .Append(" (").Append(StatsText.PreviousName(report)).Append(": ").Append(StatsText.Number(report.PreviousTotal)).Append("); ")
            .Append(members).Append('\n');
        if (StatsText.WithheldNote(report) is { } note)
        {
            text.Append(note).Append('\n');
        }

        if (report.Helpfulness.Count > 0)
        {
            text.Append("\nHelpfulness\n");
            AppendHelpfulness(text, report);
        }

        return text.ToString();
    }

    private static void AppendGroups(StringBuilder text, StatsReport report)
    {
        var rows = new List<string[]> { new[] { Capitalized(StatsText.GroupingName(report.Grouping)), "Cases", "Share", "Previous", "Change" } };
        foreach (var group in report.Groups)
        {
            rows.Add(
            [
                group.Key,
                group.Count is { } count ? StatsText.Number(count) : StatsText.Withheld,
                group.Share is { } share ? StatsText.Percent(share) : "",
                group.PreviousCount is { } previous ? StatsText.Number(previous) : StatsText.Withheld,
                group.Change is { } change ? StatsText.Change(change) : "",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            // The key reads left to right; numbers line up on their last digit.
            var line = new StringBuilder(row[0].PadRight(widths[0]));
            for (var column = 1; column < row.Length; column++)
            {
                line.Append(Gap).Append(row[column].PadLeft(widths[column]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static void AppendHelpfulness(StringBuilder text, StatsReport report)
    {
        const string RecommendationHeader = "Recommendation";
        const string RatedHeader = "Rated";
        const string HelpfulHeader = "Helpful";
        var keyWidth = Math.Max(RecommendationHeader.Length, report.Helpfulness.Max(row => row.Recommendation.Length));
        var ratedWidth = Math.Max(RatedHeader.Length, report.Helpfulness.Max(row => row.Rated is { } rated ? StatsText.Number(rated).Length : StatsText.Withheld.Length));
        var helpfulWidth = HelpfulHeader.Length;

        text.Append(RecommendationHeader.PadRight(keyWidth)).Append(Gap).Append(RatedHeader.PadLeft(ratedWidth))
            .Append(Gap).Append(HelpfulHeader.PadLeft(helpfulWidth)).Append('\n');
        foreach (var row in report.Helpfulness)
        {
            text.Append(row.Recommendation.PadRight(keyWidth)).Append(Gap);
            if (row.Rated is { } rated && row.Helpfulness is { } helpfulness)
            {
                text.Append(StatsText.Number(rated).PadLeft(ratedWidth)).Append(Gap).Append(StatsText.Percent(helpfulness).PadLeft(helpfulWidth));
            }
            else
            {
                // The same word as a withheld case count, under the Rated column; no ratio is shown for it.
                text.Append(StatsText.Withheld.PadLeft(ratedWidth));
            }

            text.Append('\n');
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
