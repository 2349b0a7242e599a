using System.Globalization;
using System.Text;
using ForumHelper.Core.Cases;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// Writes a <see cref="StatsReport"/>'s groups as one RFC 4180 CSV table for spreadsheets and scripts.
/// A withheld count is an empty cell, flagged in <c>withheld</c> (this period) or <c>previous_withheld</c>.
/// </summary>
internal static class StatsCsvRenderer
{
    // RFC 4180 ends records with CRLF.
    private const string NewLine = "\r\n";

    public static string Render(StatsReport report)
    {
        var csv = new StringBuilder("group,count,share,previous_count,change,withheld,previous_withheld").Append(NewLine);
        if (report.IsEmpty)
        {
            return csv.ToString();
        }

        foreach (var group in report.Groups)
        {
            csv.Append(Field(group.Key)).Append(',')
                .Append(Number(group.Count)).Append(',')
                .Append(group.Share is { } share ? share.ToString("0.0000", CultureInfo.InvariantCulture) : "").Append(',')
                .Append(Number(group.PreviousCount)).Append(',')
                .Append(Number(group.Change)).Append(',')
                .Append(Flag(group.Withheld)).Append(',')
                .Append(Flag(group.PreviousCount is null)).Append(NewLine);
        }

        return csv.ToString();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
