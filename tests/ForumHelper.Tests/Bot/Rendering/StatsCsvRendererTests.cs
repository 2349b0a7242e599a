using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsCsvRendererTests
{
    private const string Header = "group,count,share,previous_count,change,withheld,previous_withheld";

    [Fact]
    public void Render_NormalReport_WritesHeaderAndOneRecordPerGroup()
    {
        var report = StatsReports.Normal();

        var records = Records(StatsCsvRenderer.Render(report));

        Assert.Equal(Header, records[0]);
        Assert.Equal(report.Groups.Count + 1, records.Count);
        Assert.All(records, record => Assert.Equal(7, record.Split(',').Length));
        Assert.Equal("accept-cancellation,10,0.3846,6,4,false,false", records[1]);
        Assert.Equal("wait-for-buyer,5,0.1923,7,-2,false,false", records[2]);
        Assert.Equal("decline-and-document,0,0.0000,3,-3,false,false", records[5]);
    }

    [Fact]
    public void Render_WithheldCounts_LeavesCellsEmptyAndFlagsWithheld()
    {
        var records = Records(StatsCsvRenderer.Render(StatsReports.Normal()));

        Assert.Equal("refund-partially,3,0.1154,,,false,true", records[4]);
        Assert.Equal("open-dispute,,,,,true,true", records[6]);
        Assert.Equal("request-extension,,,0,,true,false", records[7]);
    }

    [Fact]
    public void Render_NormalReport_EndsEveryRecordWithCrLfAndWritesNoSummary()
    {
        var csv = StatsCsvRenderer.Render(StatsReports.Normal());

        Assert.EndsWith("\r\n", csv);
        Assert.DoesNotContain("Total", csv);
        Assert.Equal(csv.Split('\n').Length - 1, csv.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Render_KeyNeedingQuotes_QuotesAndDoublesQuotes()
    {
        var report = StatsReports.Report(30, 4, 0, 3, [new StatsGroup("say \"no\", politely", 4, 1.0, 0, 4)], []);

        var records = Records(StatsCsvRenderer.Render(report));

        Assert.Equal("\"say \"\"no\"\", politely\",4,1.0000,0,4,false,false", records[1]);
    }

    [Fact]
    public void Render_EmptyReport_WritesHeaderOnly()
    {
        Assert.Equal(Header + "\r\n", StatsCsvRenderer.Render(StatsReports.Empty()));
    }

    private static List<string> Records(string csv)
    {
        Assert.EndsWith("\r\n", csv);
        return csv[..^2].Split("\r\n").ToList();
    }
}
