using ForumHelper.Core.Cases;
using Humanizer;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// Draws a <see cref="StatsReport"/> as a PNG bar chart to paste into chat, sized to be read on a phone:
/// each group's words (<see cref="StatsLabels"/>, as the message says them) above its horizontal bar, the
/// period's counts in colour, the previous period's as thin grey bars (none when it had no cases),
/// withheld groups only in a footnote. The image grows with the groups, up to <see cref="MaxHeight"/>.
/// </summary>
internal static class StatsChartRenderer
{
    /// <summary>Narrow enough that a phone, showing it about 270 pixels wide, shows its words at a readable size.</summary>
    public const int Width = 480;

    /// <summary>The height of a chart without bars (no cases, or every group withheld).</summary>
    public const int MessageHeight = 280;

    /// <summary>
    /// The tallest chart: Discord shows a picture at most about 350 pixels high, so a taller one would be
    /// shrunk on a phone until its words could not be read. As many groups are drawn as fit; the footnote
    /// counts the rest (the message and the CSV list them).
    /// </summary>
    public const int MaxHeight = 560;

    // DejaVu is installed wherever the bot runs; naming it everywhere avoids a serif fallback.
    private const string FontName = "DejaVu Sans";

    // The bars are laid out in pixels (the y axis counts pixels), so the words above a bar never touch it.
    private const int LabelSize = 20;
    private const int LineHeight = 24;
    private const int CurrentBar = 20;
    private const int PreviousBar = 8;
    private const int Gap = 10;

    // Title, legend, x axis and margins around the bars; each footnote line adds its own.
    private const int Frame = 140;
    private const int FootnoteLine = 22;

    // A group's words take at most two lines of this many characters; more are cut at a word.
    private const int LineLength = 34;

    // A light card reads on Discord's dark theme and its light one alike.
    private static readonly Color Background = Color.FromHex("#F8F9FB");
    private static readonly Color Ink = Color.FromHex("#1F2937");
    private static readonly Color Muted = Color.FromHex("#6B7280");
    private static readonly Color FrameLine = Color.FromHex("#9CA3AF");
    private static readonly Color GridLine = Color.FromHex("#E3E6EB");
    private static readonly Color Current = Color.FromHex("#4F6BED");
    private static readonly Color Previous = Color.FromHex("#C3C8D2");

    /// <summary>The PNG's size for this report and these words: taller with more groups and longer words.</summary>
    public static (int Width, int Height) Size(StatsReport report, StatsLabels labels)
    {
        var drawn = Drawn(report, labels);
        if (report.IsEmpty || drawn.Count == 0)
        {
            return (Width, MessageHeight);
        }

        return (Width, Height(report, labels, drawn.Count));
    }

    public static void Render(StatsReport report, StatsLabels labels, string path)
    {
        using var plot = new Plot();
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        plot.Title($"Cases by {StatsText.GroupingName(report.Grouping)}\n{(report.Period.Month is null ? StatsText.PeriodName(report) + " · " + StatsText.PeriodDates(report) : StatsText.PeriodName(report) + " (UTC)")}");

        var drawn = Drawn(report, labels);
        if (report.IsEmpty)
        {
            var before = report.PreviousTotal > 0 ? $"{StatsText.Capitalized(StatsText.PreviousName(report))}: {"case".ToQuantity(report.PreviousTotal)}" : null;
            Message(plot, StatsText.NoCases(report), before);
        }
        else if (drawn.Count == 0)
        {
            Message(plot, "Every group is withheld", StatsText.WithheldGroups(report, report.Groups.Count));
        }
        else
        {
            Bars(plot, report, labels, drawn);
            foreach (var note in Footnotes(report, drawn.Count))
            {
                Footnote(plot, note);
            }
        }

        // Font.Set reaches axes, title and legend (bar and text labels are named where made); it also
        // fixes their weight, hence the title's bold face set after it.
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.Font = Fonts.GetTypeface(FontName, bold: true, italic: false);
        plot.Axes.Title.Label.FontSize = 20;
        plot.Axes.Title.FullFigureCenter = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        var (width, height) = Size(report, labels);
        plot.SavePng(path, width, height);
    }

    // The largest groups, as many as fit in the tallest chart (at least one).
    private static List<StatsGroup> Drawn(StatsReport report, StatsLabels labels)
    {
        var shown = report.Groups.Where(g => !g.Withheld).ToList();
        var count = 1;
        while (count < shown.Count && Height(report, labels, count + 1, shown) <= MaxHeight)
        {
            count++;
        }

        return shown.Take(count).ToList();
    }

    private static int Height(StatsReport report, StatsLabels labels, int drawn, List<StatsGroup>? shown = null)
    {
        shown ??= [.. report.Groups.Where(g => !g.Withheld)];
        var rows = shown.Take(drawn).Sum(group => RowHeight(report, Lines(labels.For(report.Grouping, group.Key)).Count));
        return Frame + rows + Footnotes(report, drawn).Count * FootnoteLine;
    }

    // With no cases before, previous bars would all be 0: none are drawn.
    private static bool Compared(StatsReport report) => report.PreviousTotal > 0;

    private static int RowHeight(StatsReport report, int lines) =>
        lines * LineHeight + 4 + CurrentBar + (Compared(report) ? 3 + PreviousBar : 0) + Gap;

    private static void Bars(Plot plot, StatsReport report, StatsLabels labels, List<StatsGroup> drawn)
    {
        var compared = Compared(report);
        var current = new List<Bar>();
        var previous = new List<Bar>();
        var rows = drawn.Select(group => (Group: group, Lines: Lines(labels.For(report.Grouping, group.Key)))).ToList();
        double top = rows.Sum(row => RowHeight(report, row.Lines.Count));
        var y = top;
        foreach (var (group, lines) in rows)
        {
            // Largest group at the top, where the eye starts: its words, its bar, the previous period's just under it.
            for (var line = 0; line < lines.Count; line++)
            {
                var words = plot.Add.Text(lines[line], 0, y - line * LineHeight);
                words.Alignment = Alignment.UpperLeft;
                words.LabelStyle.FontName = FontName;
                words.LabelStyle.FontSize = LabelSize;
                words.LabelStyle.ForeColor = Ink;
                words.LabelStyle.OffsetX = 3;
            }

            var bar = y - lines.Count * LineHeight - 4 - CurrentBar / 2.0;
            var count = group.Count ?? 0;
            current.Add(new Bar { Position = bar, Value = count, Size = CurrentBar, FillColor = Current, LineWidth = 0, Label = StatsText.Number(count) });
            if (compared && group.PreviousCount is { } before)
            {
                previous.Add(new Bar { Position = bar - CurrentBar / 2.0 - 3 - PreviousBar / 2.0, Value = before, Size = PreviousBar, FillColor = Previous, LineWidth = 0, Label = StatsText.Number(before) });
            }

            y -= RowHeight(report, lines.Count);
        }

        var currentBars = plot.Add.Bars(current);
        currentBars.Horizontal = true;
        currentBars.Color = Current;
        currentBars.LegendText = $"{StatsText.Capitalized(StatsText.PeriodName(report))} ({StatsText.Number(report.Total)})";
        currentBars.ValueLabelStyle.FontName = FontName;
        currentBars.ValueLabelStyle.FontSize = LabelSize;
        currentBars.ValueLabelStyle.Bold = true;
        currentBars.ValueLabelStyle.ForeColor = Ink;

        if (previous.Count > 0)
        {
            var previousBars = plot.Add.Bars(previous);
            previousBars.Horizontal = true;
            previousBars.Color = Previous;
            previousBars.LegendText = $"{StatsText.Capitalized(StatsText.PreviousName(report))} ({StatsText.Number(report.PreviousTotal)})";
            previousBars.ValueLabelStyle.FontName = FontName;
            previousBars.ValueLabelStyle.FontSize = 15;
            previousBars.ValueLabelStyle.ForeColor = Muted;
        }

        // The words stand in for tick labels, so the left axis is only the bars' baseline.
        plot.Axes.Left.TickGenerator = new NumericManual();
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinimumSize = 6;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.TickLabelStyle.FontSize = 17;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Muted;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Color = FrameLine;
        plot.Axes.Left.FrameLineStyle.Color = FrameLine;
        plot.Axes.Bottom.FrameLineStyle.Color = FrameLine;
        // No frame on top (it would push the bars away from the legend) nor right; the right axis stays as a margin.
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Right.TickGenerator = new NumericManual();
        plot.Axes.Right.MinimumSize = 12;
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room right of the longest bar for its number.
        var longest = Math.Max(1, drawn.Max(g => Math.Max(g.Count ?? 0, compared ? g.PreviousCount ?? 0 : 0)));
        plot.Axes.SetLimits(0, longest * 1.15, 0, top + 4);

        // Above the bars rather than on them: no corner is free of bars for every report.
        var legend = plot.ShowLegend(Edge.Top);
        legend.Legend.FontName = FontName;
        legend.Legend.FontSize = 16;
        legend.Legend.FontColor = Ink;
        legend.Legend.OutlineWidth = 0;
        legend.Legend.BackgroundColor = Background;
        legend.Legend.ShadowColor = Colors.Transparent;
        legend.Legend.Margin = new PixelPadding(0);
        legend.Padding = new PixelPadding(0, 0, 2, 6);
    }

    private static List<string> Footnotes(StatsReport report, int drawn)
    {
        var notes = new List<string>();
        var shown = report.Groups.Where(g => !g.Withheld).ToList();
        var withheld = report.Groups.Count - shown.Count;
        var left = new List<string>();
        if (shown.Count > drawn)
        {
            left.Add($"{"smaller group".ToQuantity(shown.Count - drawn)} not drawn");
        }

        if (withheld > 0)
        {
            left.Add($"{StatsText.Number(withheld)} withheld");
        }

        if (left.Count > 0)
        {
            notes.Add(string.Join(", ", left));
        }

        if (!Compared(report))
        {
            notes.Add($"No cases in {StatsText.PreviousPhrase(report)}");
        }
        else if (shown.Take(drawn).Any(g => g.PreviousCount is null))
        {
            notes.Add("Withheld previous counts are not drawn");
        }

        return notes;
    }

    private static void Footnote(Plot plot, string note)
    {
        // An extra bottom axis without ticks is a panel ScottPlot lays out below the x axis, one per line.
        var footnote = plot.Axes.AddBottomAxis();
        footnote.TickGenerator = new NumericManual();
        footnote.FrameLineStyle.Width = 0;
        footnote.MajorTickStyle.Length = 0;
        footnote.MinorTickStyle.Length = 0;
        footnote.LabelText = note;
        footnote.LabelFontSize = 15;
        footnote.LabelFontColor = Muted;
        footnote.LabelBold = false;
    }

    private static void Message(Plot plot, string message, string? detail)
    {
        // Hide the axes one by one: Frameless would take the title with them.
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        plot.HideGrid();
        plot.Axes.SetLimits(-1, 1, -1, 1);
        var text = plot.Add.Text(message, 0, 0.1);
        text.Alignment = Alignment.MiddleCenter;
        text.LabelStyle.FontName = FontName;
        text.LabelStyle.FontSize = 24;
        text.LabelStyle.ForeColor = Muted;
        if (detail is not null)
        {
            var below = plot.Add.Text(detail, 0, -0.3);
            below.Alignment = Alignment.MiddleCenter;
            below.LabelStyle.FontName = FontName;
            below.LabelStyle.FontSize = 16;
            below.LabelStyle.ForeColor = Muted;
        }
    }

    // At most two lines, broken at words; what does not fit is cut at a word (the message says the words in full).
    private static List<string> Lines(string words)
    {
        var lines = new List<string>();
        var rest = words.Trim();
        while (rest.Length > 0 && lines.Count < 2)
        {
            if (rest.Length <= LineLength)
            {
                lines.Add(rest);
                return lines;
            }

            var cut = rest.LastIndexOf(' ', LineLength);
            cut = cut > LineLength / 2 ? cut : LineLength;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            var last = lines[^1];
            var room = last.LastIndexOf(' ', Math.Min(last.Length - 1, LineLength - 2));
            lines[^1] = (room > LineLength / 2 ? last[..room] : last[..Math.Min(last.Length, LineLength - 1)]).TrimEnd(',', ' ') + "…";
        }

        return lines.Count > 0 ? lines : [""];
    }
}
