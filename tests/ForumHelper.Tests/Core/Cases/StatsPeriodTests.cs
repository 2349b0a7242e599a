using CsCheck;
using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Core.Cases;

public class StatsPeriodTests
{
    private static readonly DateTimeOffset December3 = new(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CalendarMonth_AnyDayOfNovember_CoversNovemberWithOctoberBefore()
    {
        var november = StatsPeriod.CalendarMonth(new DateOnly(2026, 11, 17));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), november.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), november.To);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), november.PreviousFrom);
        Assert.Equal(new DateOnly(2026, 11, 1), november.Month);
        Assert.Equal(30, november.Days);
    }

    [Fact]
    public void CalendarMonth_AnyTwoMonths_AreTheSameOrDoNotOverlap()
    {
        // What makes month reports safe: no report covers part of another, so none can be subtracted from one.
        var months = Gen.Int[0, 1200].Select(n => StatsPeriod.CalendarMonth(new DateOnly(2000, 1, 1).AddMonths(n)));
        Gen.Select(months, months).Sample((a, b) => a == b ? a.From == b.From && a.To == b.To : a.To <= b.From || b.To <= a.From);
    }

    [Theory]
    [InlineData("2026-12-03T21:00:00Z", "2026-11")]
    [InlineData("2026-12-01T00:00:00Z", "2026-11")]
    [InlineData("2026-11-30T23:59:59Z", "2026-10")]
    [InlineData("2027-01-01T00:30:00Z", "2026-12")]
    public void LastFinishedMonth_Now_IsTheMonthBeforeNowsMonth(string now, string expected)
    {
        var month = StatsPeriod.LastFinishedMonth(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, StatsPeriod.MonthText(month.Month!.Value));
    }

    [Fact]
    public void MonthsAvailable_AYearOfRetention_FromTenMonthsBackToLastMonth()
    {
        var (earliest, latest) = StatsPeriod.MonthsAvailable(December3, retentionDays: 365)!.Value;

        // 2026-01 starts on the day after the cut (2025-12-03 21:00) of a year's retention, so its next month is the first whose previous month is whole.
        Assert.Equal(("2026-02", "2026-11"), (StatsPeriod.MonthText(earliest.Month!.Value), StatsPeriod.MonthText(latest.Month!.Value)));
        Assert.True(earliest.PreviousFrom >= December3.AddDays(-365));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(62)]
    public void MonthsAvailable_RetentionShorterThanAMonthAndTheOneBefore_Null(int retentionDays)
    {
        Assert.Null(StatsPeriod.MonthsAvailable(December3, retentionDays));
    }

    [Fact]
    public void MonthsAvailable_NinetyThreeDaysOnTheLastDayOfALongMonth_LastMonthOnly()
    {
        // The longest a month and the one before it can reach back: from Oct 1 to Dec 31 23:59.
        var (earliest, latest) = StatsPeriod.MonthsAvailable(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), 93)!.Value;

        Assert.Equal(earliest, latest);
    }

    [Theory]
    [InlineData(null, "2026-11")]
    [InlineData("", "2026-11")]
    [InlineData(" 2026-05 ", "2026-05")]
    [InlineData("2026-02", "2026-02")]
    public void FinishedMonth_BlankOrAllowedMonth_ThatMonth(string? text, string expected)
    {
        var period = StatsPeriod.FinishedMonth(text, December3, 365);

        Assert.True(period.IsSuccess);
        Assert.Equal(expected, StatsPeriod.MonthText(period.Value.Month!.Value));
    }

    [Theory]
    [InlineData("2026-12", "2026-12 has not finished yet: `month` must be a finished month written as YYYY-MM, from 2026-02 to 2026-11.")]
    [InlineData("2026-01", "2026-01 is older than the cases this bot keeps (365 days): `month` must be a finished month written as YYYY-MM, from 2026-02 to 2026-11.")]
    [InlineData("November", "`month` must be a finished month written as YYYY-MM, from 2026-02 to 2026-11.")]
    [InlineData("2026-11-01", "`month` must be a finished month written as YYYY-MM, from 2026-02 to 2026-11.")]
    [InlineData("2026-13", "`month` must be a finished month written as YYYY-MM, from 2026-02 to 2026-11.")]
    public void FinishedMonth_OutsideTheAllowedMonths_SaysWhatIsValid(string text, string expected)
    {
        var period = StatsPeriod.FinishedMonth(text, December3, 365);

        Assert.Equal([expected], period.Problems);
    }

    [Fact]
    public void FinishedMonth_RetentionTooShort_NamesTheSettingAndWhatWouldDo()
    {
        var period = StatsPeriod.FinishedMonth(null, December3, 30);

        Assert.Equal(["Statistics cover whole finished months, and this bot keeps cases for only 30 days (`Privacy:RetentionDays`), too few for a month and the one before it. Its operator can keep them for 93 days or more."], period.Problems);
    }

    [Fact]
    public void LastDays_AnyTimeOfDay_WholeDaysEndingAtTheLastMidnight()
    {
        var period = StatsPeriod.LastDays(7, December3);

        Assert.Equal((new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero)), (period.From, period.To));
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero), period.PreviousFrom);
        Assert.Null(period.Month);
    }
}
