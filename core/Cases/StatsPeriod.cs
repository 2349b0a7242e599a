using System.Globalization;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The period a report covers, with the previous period of the same kind for comparison: the last N
/// whole UTC days (the terminal's <c>stats --days</c>), or one finished calendar month in UTC (the
/// only periods <c>/case-stats</c> shows moderators, so that no two reports overlap and none can
/// be subtracted from another).
/// </summary>
public sealed record StatsPeriod
{
    private StatsPeriod(DateTimeOffset from, DateTimeOffset to, DateTimeOffset previousFrom, DateOnly? month)
    {
        From = from;
        To = to;
        PreviousFrom = previousFrom;
        Month = month;
    }

    /// <summary>Start of the period (inclusive).</summary>
    public DateTimeOffset From { get; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To { get; }

    /// <summary>Start of the previous period, which ends where this one starts.</summary>
    public DateTimeOffset PreviousFrom { get; }

    /// <summary>The first day of the month, when the period is a calendar month; null for the last N days.</summary>
    public DateOnly? Month { get; }

    /// <summary>Whole days in the period.</summary>
    public int Days => (int)(To - From).TotalDays;

    /// <summary>
    /// The last <paramref name="days"/> whole UTC days, ending at the last midnight before
    /// <paramref name="now"/>: two reports on one day are the same report.
    /// </summary>
    public static StatsPeriod LastDays(int days, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, CaseStats.MaxDays);
        var to = CaseStats.LastMidnight(now);
        var from = to.AddDays(-days);
        return new StatsPeriod(from, to, from.AddDays(-days), month: null);
    }

    /// <summary>The calendar month (UTC) that <paramref name="day"/> falls in, with the month before it.</summary>
    public static StatsPeriod CalendarMonth(DateOnly day)
    {
        var start = new DateOnly(day.Year, day.Month, 1);
        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new StatsPeriod(from, from.AddMonths(1), from.AddMonths(-1), start);
    }

    /// <summary>The last finished month at <paramref name="now"/>.</summary>
    public static StatsPeriod LastFinishedMonth(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return CalendarMonth(new DateOnly(today.Year, today.Month, 1).AddMonths(-1));
    }

    /// <summary>
    /// The months a moderator may ask for at <paramref name="now"/>: finished ones (nothing can be
    /// added to them), whose previous month also starts inside the retention period (retention
    /// deletes old cases day by day, and a month losing cases daily could be subtracted day by day).
    /// Null when the retention is too short to keep a month and the one before it.
    /// </summary>
    public static (StatsPeriod Earliest, StatsPeriod Latest)? MonthsAvailable(DateTimeOffset now, int retentionDays)
    {
        var latest = LastFinishedMonth(now);
        var kept = now.AddDays(-retentionDays);
        var earliest = latest;
        if (earliest.PreviousFrom < kept)
        {
            return null;
        }

        while (true)
        {
            var before = CalendarMonth(earliest.Month!.Value.AddMonths(-1));
            if (before.PreviousFrom < kept)
            {
                break;
            }

            earliest = before;
        }

        return (earliest, latest);
    }

    /// <summary>
    /// The month a moderator asked for, written <c>YYYY-MM</c> (null or blank: the last finished
    /// one), when <see cref="MonthsAvailable"/> allows it at <paramref name="now"/>; otherwise what
    /// was wrong and which months are valid.
    /// </summary>
    public static Outcome<StatsPeriod, string> FinishedMonth(string? text, DateTimeOffset now, int retentionDays)
    {
        if (MonthsAvailable(now, retentionDays) is not var (earliest, latest))
        {
            return Refused($"Statistics cover whole finished months, and this bot keeps cases for only {retentionDays} days (`Privacy:RetentionDays`), "
                + "too few for a month and the one before it. Its operator can keep them for 93 days or more.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<StatsPeriod, string>.Success(latest);
        }

        var valid = $"a finished month written as YYYY-MM, from {MonthText(earliest.Month!.Value)} to {MonthText(latest.Month!.Value)}";
        return ParseMonth(text) switch
        {
            null => Refused($"`month` must be {valid}."),
            { } month when month > latest.Month => Refused($"{MonthText(month)} has not finished yet: `month` must be {valid}."),
            { } month when month < earliest.Month => Refused($"{MonthText(month)} is older than the cases this bot keeps ({retentionDays} days): `month` must be {valid}."),
            { } month => Outcome<StatsPeriod, string>.Success(CalendarMonth(month)),
        };
    }

    /// <summary>A month written as <c>YYYY-MM</c> (<c>2026-11</c>); null for anything else.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    /// <summary>The month as <c>YYYY-MM</c>, as <see cref="ParseMonth"/> reads it; for ids and file names.</summary>
    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static Outcome<StatsPeriod, string> Refused(string problem) => Outcome<StatsPeriod, string>.Failure([problem]);
}
