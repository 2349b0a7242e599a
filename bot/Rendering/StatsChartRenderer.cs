using ForumHelper.Core.Cases;
using Humanizer;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// Draws a <see cref="StatsReport"/> as a PNG bar chart to paste into chat: horizontal bars (keys are long),
/// the period's counts in colour, the previous period's as thin grey bars, withheld groups only in a footnote.
/// </summary>
internal static class StatsChartRenderer
{
    public const int Width = 800;
    public const int Height = 450;

    // DejaVu is installed wherever the bot runs; naming it everywhere avoids a serif fallback.
    private const string FontName = "DejaVu Sans";

    // Keys longer than this are cut, so the bars keep most of the width.
    private const int MaxKeyLength = 28;

    // Past this many groups the previous period's numbers would overlap; its bars stay.
    private const int MaxGroupsWithPreviousLabels = 12;

    // Fewer rows than this would make one or two groups into slabs.
    private const double MinRows = 4;

    // A light card reads on Discord's dark theme and its light one alike.
    private static readonly Color Background = Color.FromHex("#F8F9FB");
    private static readonly Color Ink = Color.FromHex("#1F2937");
    private static readonly Color Muted = Color.FromHex("#6B7280");
    private static readonly Color Frame = Color.FromHex("#9CA3AF");
    private static readonly Color GridLine = Color.FromHex("#E3E6EB");
    private static readonly Color Current = Color.FromHex("#4F6BED");
    private static readonly Color Previous = Color.FromHex("#C3C8D2");

    public static void Render(StatsReport report, string path)
    {
        using var plot = new Plot();
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        plot.Title($"Cases by {StatsText.GroupingName(report.Grouping)} · last {StatsText.Days(report.Days)} ({StatsText.Period(report)})");

        var shown = report.Groups.Where(g => !g.Withheld).ToList();
        if (report.IsEmpty)
        {
            var before = report.PreviousTotal > 0 ? $"Previous {StatsText.Days(report.Days)}: {"case".ToQuantity(report.PreviousTotal)}" : null;
            Message(plot, StatsText.NoCases(report), before);
        }
        else if (shown.Count == 0)
        {
            Message(plot, "Every group is withheld, so none is shown", StatsText.WithheldGroups(report, report.Groups.Count));
        }
        else
        {
            Bars(plot, report, shown);
            Footnote(plot, report, shown);
        }

        // Font.Set reaches axes, title and legend (bar and text labels are named where made); it also
        // fixes their weight, hence the title's bold face set after it.
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.Font = Fonts.GetTypeface(FontName, bold: true, italic: false);
        plot.Axes.Title.Label.FontSize = 16;
        plot.Axes.Title.FullFigureCenter = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.SavePng(path, Width, Height);
    }

    private static void Bars(Plot plot, StatsReport report, List<StatsGroup> shown)
    {
        var current = new List<Bar>();
        var previous = new List<Bar>();
        var ticks = new NumericManual();
        var labelPrevious = shown.Count <= MaxGroupsWithPreviousLabels;
        for (var i = 0; i < shown.Count; i++)
        {
            // Largest group at the top, where the eye starts; the previous period just under its bar.
            var group = shown[i];
            double row = shown.Count - 1 - i;
            var count = group.Count ?? 0;
            current.Add(new Bar { Position = row + 0.12, Value = count, Size = 0.5, FillColor = Current, LineWidth = 0, Label = StatsText.Number(count) });
            if (group.PreviousCount is { } before)
            {
                previous.Add(new Bar { Position = row - 0.27, Value = before, Size = 0.22, FillColor = Previous, LineWidth = 0, Label = labelPrevious ? StatsText.Number(before) : "" });
            }

            ticks.AddMajor(row, Shortened(group.Key));
        }

        var small = shown.Count > MaxGroupsWithPreviousLabels;
        var currentBars = plot.Add.Bars(current);
        currentBars.Horizontal = true;
        currentBars.Color = Current;
        currentBars.LegendText = $"Last {StatsText.Days(report.Days)}: {"case".ToQuantity(report.Total)}";
        currentBars.ValueLabelStyle.FontName = FontName;
        currentBars.ValueLabelStyle.FontSize = small ? 10 : 13;
        currentBars.ValueLabelStyle.Bold = true;
        currentBars.ValueLabelStyle.ForeColor = Ink;

        if (previous.Count > 0)
        {
            var previousBars = plot.Add.Bars(previous);
            previousBars.Horizontal = true;
            previousBars.Color = Previous;
            previousBars.LegendText = $"Previous {StatsText.Days(report.Days)}: {"case".ToQuantity(report.PreviousTotal)}";
            previousBars.ValueLabelStyle.FontName = FontName;
            previousBars.ValueLabelStyle.FontSize = 10;
            previousBars.ValueLabelStyle.ForeColor = Muted;
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.TickLabelStyle.FontSize = small ? 10 : 13;
        plot.Axes.Left.TickLabelStyle.ForeColor = Ink;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Muted;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Color = Frame;
        plot.Axes.Left.FrameLineStyle.Color = Frame;
        plot.Axes.Bottom.FrameLineStyle.Color = Frame;
        // No frame on top (it would push the bars away from the legend) nor right; the right axis stays as a margin.
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Right.TickGenerator = new NumericManual();
        plot.Axes.Right.MinimumSize = 28;
        plot.XLabel("Cases", 14);
        plot.YLabel(Capitalized(StatsText.GroupingName(report.Grouping)), 14);
        plot.Axes.Bottom.Label.ForeColor = Muted;
        plot.Axes.Left.Label.ForeColor = Muted;
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room right of the longest bar for its number; a few groups stay centred at a normal thickness.
        var longest = Math.Max(1, shown.Max(g => Math.Max(g.Count ?? 0, g.PreviousCount ?? 0)));
        var padding = Math.Max(0, (MinRows - shown.Count) / 2);
        plot.Axes.SetLimits(0, longest * 1.12, -0.6 - padding, shown.Count - 0.25 + padding);

        // Above the bars rather than on them: no corner is free of bars for every report.
        var legend = plot.ShowLegend(Edge.Top);
        legend.Legend.FontName = FontName;
        legend.Legend.FontSize = 12;
        legend.Legend.FontColor = Ink;
        legend.Legend.OutlineWidth = 0;
        legend.Legend.BackgroundColor = Background;
        legend.Legend.ShadowColor = Colors.Transparent;
        legend.Legend.Margin = new PixelPadding(0);
        legend.Padding = new PixelPadding(0, 0, 2, 6);
    }

    private static void Footnote(Plot plot, StatsReport report, List<StatsGroup> shown)
    {
        var notes = new List<string>();
        var withheld = report.Groups.Count - shown.Count;
        if (withheld > 0)
        {
            notes.Add(StatsText.WithheldGroups(report, withheld));
        }

        if (shown.Any(g => g.PreviousCount is null))
        {
            notes.Add("previous counts withheld are not drawn");
        }

        if (notes.Count == 0)
        {
            return;
        }

        // An extra bottom axis without ticks is a panel ScottPlot lays out below the x label.
        var footnote = plot.Axes.AddBottomAxis();
        footnote.TickGenerator = new NumericManual();
        footnote.FrameLineStyle.Width = 0;
        footnote.MajorTickStyle.Length = 0;
        footnote.MinorTickStyle.Length = 0;
        footnote.LabelText = string.Join(" · ", notes);
        footnote.LabelFontSize = 12;
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
            var below = plot.Add.Text(detail, 0, -0.15);
            below.Alignment = Alignment.MiddleCenter;
            below.LabelStyle.FontName = FontName;
            below.LabelStyle.FontSize = 14;
            below.LabelStyle.ForeColor = Muted;
        }
    }

    // Cut in the middle: keys sharing a long prefix still differ at their end.
    private static string Shortened(string key) =>
        key.Length <= MaxKeyLength ? key : key[..(MaxKeyLength / 2)] + "…" + key[^(MaxKeyLength - MaxKeyLength / 2 - 1)..];

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
