using System.Text;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Cases;
using Humanizer;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// Lays a <see cref="StatsReport"/> out as a Components V2 message that reads on a phone: one container
/// with a heading and the dates, one short line per group (<c>**Accept the cancellation** · 12 · 40% · ▲3</c>),
/// the helpfulness of the answers when any is shown, the chart, and an Export CSV button. Sections with
/// nothing to show are left out, and the withheld counts are explained only when there are any.
/// </summary>
internal static class StatsMessageRenderer
{
    /// <summary>The container's colour bar: the chart's colour for this period.</summary>
    public const int Accent = 0x4F6BED;

    /// <summary>Past this many groups the list stops (the chart and the CSV export still have them).</summary>
    public const int MaxGroupLines = 20;

    // A line breaks only between a group's words and its numbers, which stay together: "13 · 17% · ▲6".
    private const char Nbsp = '\u00A0';
    private const string Dot = "\u00A0·\u00A0";

    // Room for the heading, the notes and the helpfulness within the message's text limit.
    private const int GroupTextBudget = 2600;
    private const int HelpfulnessTextBudget = 800;

    /// <param name="report">The statistics.</param>
    /// <param name="labels">Words for the groups' keys.</param>
    /// <param name="chartFile">The attached chart's file name, or null for none.</param>
    /// <param name="exportCustomId">The Export CSV button's id, or null for no button.</param>
    /// <param name="chartSkipped">The chart was left out because too many were being drawn: say so.</param>
    public static MessagePayload Render(StatsReport report, StatsLabels labels, string? chartFile, string? exportCustomId, bool chartSkipped = false)
    {
        var parts = new List<Component> { Component.Text(Heading(report)) };
        if (report.IsEmpty)
        {
            var before = report.PreviousTotal > 0 ? $"\n-# {StatsText.Capitalized(StatsText.PreviousName(report))}: {"case".ToQuantity(report.PreviousTotal)}." : "";
            parts.Add(Component.Text(StatsText.NoCases(report) + "." + before));
        }
        else
        {
            parts.Add(Component.Text(Summary(report)));
            parts.Add(Component.Text(Groups(report, labels)));
            if (Helpfulness(report, labels) is { } helpfulness)
            {
                parts.Add(Component.Text(helpfulness));
            }

            if (StatsText.WithheldNote(report) is { } note)
            {
                parts.Add(Component.Text("-# " + note));
            }
        }

        if (chartFile is not null)
        {
            parts.Add(Component.Separator());
            parts.Add(Component.Gallery(new MediaGalleryItem(new UnfurledMedia("attachment://" + chartFile), ChartDescription(report))));
        }

        if (chartSkipped)
        {
            parts.Add(Component.Text("-# " + ChartRenders.SkippedNote));
        }

        if (exportCustomId is not null && !report.IsEmpty)
        {
            parts.Add(Component.Row(Component.Button(ButtonStyle.Secondary, "Export CSV", exportCustomId)));
        }

        return new MessagePayload
        {
            Components = [Component.Container(Accent, parts)],
            Flags = MessagePayload.ComponentsV2Flag,
            Attachments = chartFile is not null ? [new Attachment(0, chartFile, ChartDescription(report))] : null,
        };
    }

    /// <summary>The chart's alt text.</summary>
    public static string ChartDescription(StatsReport report) =>
        $"Bar chart of the cases by {StatsText.GroupingName(report.Grouping)}, {StatsText.PeriodName(report)}";

    private static string Heading(StatsReport report) =>
        $"### Cases by {StatsText.GroupingName(report.Grouping)}, {StatsText.PeriodName(report)}\n"
        + (report.Period.Month is null
            ? $"-# {StatsText.PeriodDates(report)}: whole UTC days up to yesterday"
            : $"-# {StatsText.PeriodDates(report)}, UTC · whole months only, which keeps members anonymous");

    private static string Summary(StatsReport report)
    {
        var members = report.DistinctMembers is { } shown ? "member".ToQuantity(shown) : StatsText.FewerThan(report) + " members";
        return $"**{"case".ToQuantity(report.Total)}** from {members} · {StatsText.PreviousName(report)}: {StatsText.Number(report.PreviousTotal)}";
    }

    private static string Groups(StatsReport report, StatsLabels labels)
    {
        // With nothing before, a change says nothing: the column goes, and one line says why.
        var compared = report.PreviousTotal > 0;
        var text = new StringBuilder(compared
            ? $"-# cases · share · change from {StatsText.PreviousPhrase(report)}\n"
            : $"-# cases · share (no cases in {StatsText.PreviousPhrase(report)} to compare with)\n");
        var shown = report.Groups.Where(g => !g.Withheld).ToList();
        var listed = 0;
        foreach (var group in shown)
        {
            var line = $"**{Words(labels, report.Grouping, group.Key)}**{Nbsp}· {StatsText.Number(group.Count!.Value)}{Dot}{StatsText.WholePercent(group.Share ?? 0)}";
            if (compared && group.Change is { } change)
            {
                line += Dot + StatsText.Arrow(change);
            }

            if (listed == MaxGroupLines || text.Length + line.Length > GroupTextBudget)
            {
                break;
            }

            text.Append(line).Append('\n');
            listed++;
        }

        if (listed < shown.Count)
        {
            text.Append("-# …and ").Append("smaller group".ToQuantity(shown.Count - listed)).Append(": Export CSV lists them all.\n");
        }

        var withheld = report.Groups.Where(g => g.Withheld).Select(g => Words(labels, report.Grouping, g.Key)).ToList();
        if (withheld.Count > 0)
        {
            text.Append("-# ").Append(StatsText.Withheld.Transform(To.SentenceCase)).Append(": ")
                .Append(Cut(string.Join(", ", withheld), GroupTextBudget / 4)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string? Helpfulness(StatsReport report, StatsLabels labels)
    {
        var shown = report.Helpfulness.Where(h => !h.Withheld).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("**How members rated the answers**\n");
        var listed = 0;
        foreach (var row in shown)
        {
            var line = $"**{Words(labels, CaseGrouping.Recommendation, row.Recommendation)}**{Nbsp}· {StatsText.Number(row.Rated!.Value)}{Nbsp}rated{Dot}{StatsText.WholePercent(row.Helpfulness ?? 0)}{Nbsp}helpful";
            if (listed == MaxGroupLines || text.Length + line.Length > HelpfulnessTextBudget)
            {
                break;
            }

            text.Append(line).Append('\n');
            listed++;
        }

        if (listed < shown.Count)
        {
            text.Append("-# …and ").Append("more recommendation".ToQuantity(shown.Count - listed)).Append(".\n");
        }

        var withheld = report.Helpfulness.Count - shown.Count;
        if (withheld > 0)
        {
            text.Append("-# ").Append("recommendation".ToQuantity(withheld)).Append(" with too few ratings to show.\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    // Labels come from data files and from the database: markdown in them must stay text.
    private static string Words(StatsLabels labels, CaseGrouping grouping, string key) => Escaped(labels.For(grouping, key));

    private static string Escaped(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)].TrimEnd() + "…";
}
