using System.Globalization;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsTableRendererTests
{
    [Fact]
    public void Render_NormalReport_StartsWithTitleAndPeriod()
    {
        var lines = Lines(StatsTableRenderer.Render(StatsReports.Normal()));

        Assert.Equal("Cases by recommendation, last 30 days (Oct 27 – Nov 25, 2026, UTC)", lines[0]);
        Assert.Equal("", lines[1]);
    }

    [Fact]
    public void Render_NormalReport_AlignsEveryCellUnderItsHeader()
    {
        var report = StatsReports.Normal();
        var lines = Lines(StatsTableRenderer.Render(report));
        var header = lines[2];
        var rows = lines.Skip(3).Take(report.Groups.Count).ToList();

        Assert.StartsWith("Recommendation ", header);
        var columns = new[] { "Cases", "Share", "Previous", "Change" };
        var ends = columns.Select(column => header.IndexOf(column, StringComparison.Ordinal) + column.Length).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var group = report.Groups[i];
            Assert.StartsWith(group.Key + " ", rows[i]);
            var cells = new[]
            {
                group.Count?.ToString(CultureInfo.InvariantCulture) ?? "withheld",
                group.Share is { } share ? (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "",
                group.PreviousCount?.ToString(CultureInfo.InvariantCulture) ?? "withheld",
                group.Change is { } change ? (change > 0 ? "+" : "") + change.ToString(CultureInfo.InvariantCulture) : "",
            };
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column].Length == 0)
                {
                    Assert.True(rows[i].Length <= ends[column] || rows[i][ends[column] - 1] == ' ', $"`{columns[column]}` should be blank in `{rows[i]}`");
                    continue;
                }

                // Right-aligned: the cell ends where its header ends, with a space before it.
                var start = ends[column] - cells[column].Length;
                Assert.True(rows[i].Length >= ends[column], $"`{rows[i]}` is shorter than its header");
                Assert.Equal(cells[column], rows[i][start..ends[column]]);
                Assert.Equal(' ', rows[i][start - 1]);
            }
        }
    }

    [Fact]
    public void Render_WithheldGroup_SaysWithheldAndShowsNoNumber()
    {
        var lines = Lines(StatsTableRenderer.Render(StatsReports.Normal()));

        var row = Assert.Single(lines, line => line.StartsWith("open-dispute", StringComparison.Ordinal));
        Assert.Matches(@"^open-dispute +withheld +withheld$", row);
    }

    [Fact]
    public void Render_SmallGroupAndItsPartner_LookTheSameAndTheNoteExplainsInOneSentence()
    {
        // A group under the minimum (2) and the larger one withheld with it (5): nothing tells them apart.
        var report = StatsReports.Report(
            30,
            total: 17,
            previousTotal: 0,
            members: 9,
            [new StatsGroup("accept-cancellation", 10, 10 / 17.0, 0, 10), new StatsGroup("open-dispute", null, null, 0, null), new StatsGroup("wait-for-buyer", null, null, 0, null)],
            []);

        var text = StatsTableRenderer.Render(report);

        Assert.Matches(@"(?m)^open-dispute +withheld +0$", text);
        Assert.Matches(@"(?m)^wait-for-buyer +withheld +0$", text);
        Assert.DoesNotContain("hidden", text);
        Assert.DoesNotContain("fewer than", text);
        var note = Assert.Single(Lines(text), line => line.StartsWith("Counts under 3", StringComparison.Ordinal));
        Assert.Equal("Counts under 3 are withheld, together with enough other counts that no withheld one can be worked out from the total.", note);
    }

    [Fact]
    public void Render_NothingWithheld_HasNoNote()
    {
        var text = StatsTableRenderer.Render(StatsReports.OneGroup());

        Assert.DoesNotContain("withheld", text);
    }

    [Fact]
    public void Render_OnlyARatingWithheld_StillExplains()
    {
        var report = StatsReports.OneGroup() with { Helpfulness = [new HelpfulnessRow("accept-cancellation", null, null)] };

        var text = StatsTableRenderer.Render(report);

        Assert.Contains("\nCounts under 3 are withheld", text);
    }

    [Fact]
    public void Render_NormalReport_ShowsTotalLine()
    {
        var text = StatsTableRenderer.Render(StatsReports.Normal());

        Assert.Contains("\nTotal 26 cases (previous 30 days: 23); 9 members\n", text);
    }

    [Fact]
    public void Render_FewMembers_SaysFewerThanMembers()
    {
        var text = StatsTableRenderer.Render(StatsReports.FewMembers());

        Assert.Contains("\nTotal 5 cases (previous 30 days: 3); fewer than 3 members\n", text);
    }

    [Fact]
    public void Render_Helpfulness_ShowsRatedRowsAlignedAndWithheldRowsAsWithheld()
    {
        var lines = Lines(StatsTableRenderer.Render(StatsReports.Normal()));
        var section = lines.SkipWhile(line => line != "Helpfulness").ToList();

        Assert.Matches(@"^Recommendation +Rated +Helpful$", section[1]);
        Assert.Matches(@"^accept-cancellation +8 +75\.0%$", section[2]);
        Assert.Matches(@"^wait-for-buyer +4 +50\.0%$", section[3]);
        Assert.Matches(@"^contact-support +withheld$", section[4]);
        Assert.Matches(@"^refund-partially +withheld$", section[5]);
        Assert.Equal(section[1].Length, section[2].Length);
        Assert.Equal(section[1].Length, section[3].Length);
    }

    [Fact]
    public void Render_NoHelpfulness_OmitsTheSection()
    {
        var text = StatsTableRenderer.Render(StatsReports.OneGroup());

        Assert.DoesNotContain("Helpfulness", text);
    }

    [Fact]
    public void Render_EmptyReport_RendersOneHonestLine()
    {
        Assert.Equal("No cases in the last 30 days.\n", StatsTableRenderer.Render(StatsReports.Empty()));
    }

    [Fact]
    public void Render_OneDay_UsesSingular()
    {
        Assert.Equal("No cases in the last 1 day.\n", StatsTableRenderer.Render(StatsReports.Empty(days: 1)));
        var text = StatsTableRenderer.Render(StatsReports.OneGroup(days: 1));
        Assert.StartsWith("Cases by recommendation, last 1 day (Nov 25, 2026, UTC)\n", text);
        Assert.Contains("(previous 1 day: 0)", text);
    }

    [Fact]
    public void Render_PeriodAcrossYears_ShowsBothYears()
    {
        var report = StatsReports.Report(30, 4, 0, 3, [new StatsGroup("wait-for-buyer", 4, 1.0, 0, 4)], [], CaseGrouping.AnswerVersion, new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));

        var text = StatsTableRenderer.Render(report);

        Assert.StartsWith("Cases by answer version, last 30 days (Dec 11, 2026 – Jan 9, 2027, UTC)\n", text);
    }

    [Fact]
    public void Render_PeriodEndingAtMidnight_EndsOnTheDayBefore()
    {
        var report = StatsReports.Report(7, 4, 0, 3, [new StatsGroup("wait-for-buyer", 4, 1.0, 0, 4)], [], now: new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

        var text = StatsTableRenderer.Render(report);

        Assert.StartsWith("Cases by recommendation, last 7 days (Nov 20 – Nov 26, 2026, UTC)\n", text);
    }

    private static List<string> Lines(string text) => text.Split('\n').ToList();
}
