using System.Text.Json;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Rendering;

/// <summary>Writes a <see cref="StatsReport"/> as indented JSON for scripts; withheld numbers are null.</summary>
internal static class StatsJsonRenderer
{
    public static string Render(StatsReport report)
    {
        var json = new StatsJson(
            WireNames.Of(report.Grouping),
            report.Days,
            report.From,
            report.To,
            report.Total,
            report.PreviousTotal,
            report.DistinctMembers,
            report.MinGroupSize,
            WireNames.Of(report.Source),
            report.LeftOut,
            report.Groups.Select(g => new StatsGroupJson(g.Key, g.Count, Round(g.Share), g.PreviousCount, g.Change, g.Withheld, g.PreviousCount is null)).ToList(),
            report.Helpfulness.Select(h => new HelpfulnessJson(h.Recommendation, h.Rated, Round(h.Helpfulness), h.Withheld)).ToList());
        return JsonSerializer.Serialize(json, StatsJsonContext.Default.StatsJson);
    }

    // Four places, as in the CSV: 0.4167 rather than 0.41666666666666669.
    private static double? Round(double? ratio) => ratio is { } r ? Math.Round(r, 4) : null;
}
