using System.Text.Json;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsJsonRendererTests
{
    [Fact]
    public void Render_NormalReport_HasEveryField()
    {
        using var json = JsonDocument.Parse(StatsJsonRenderer.Render(StatsReports.Normal()));
        var root = json.RootElement;

        Assert.Equal("recommendation", root.GetProperty("grouping").GetString());
        Assert.Equal(30, root.GetProperty("days").GetInt32());
        Assert.Equal(CaseStats.LastMidnight(StatsReports.Now).AddDays(-30), root.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(CaseStats.LastMidnight(StatsReports.Now), root.GetProperty("to").GetDateTimeOffset());
        Assert.Equal(26, root.GetProperty("total").GetInt32());
        Assert.Equal(23, root.GetProperty("previousTotal").GetInt32());
        Assert.Equal(9, root.GetProperty("distinctMembers").GetInt32());
        Assert.Equal(3, root.GetProperty("minGroupSize").GetInt32());

        var first = root.GetProperty("groups")[0];
        Assert.Equal("accept-cancellation", first.GetProperty("key").GetString());
        Assert.Equal(10, first.GetProperty("count").GetInt32());
        Assert.Equal(0.3846, first.GetProperty("share").GetDouble());
        Assert.Equal(6, first.GetProperty("previousCount").GetInt32());
        Assert.Equal(4, first.GetProperty("change").GetInt32());
        Assert.False(first.GetProperty("withheld").GetBoolean());
        Assert.False(first.GetProperty("previousWithheld").GetBoolean());

        var helpfulness = root.GetProperty("helpfulness")[0];
        Assert.Equal("accept-cancellation", helpfulness.GetProperty("recommendation").GetString());
        Assert.Equal(8, helpfulness.GetProperty("rated").GetInt32());
        Assert.Equal(0.75, helpfulness.GetProperty("helpfulness").GetDouble());
        Assert.False(helpfulness.GetProperty("withheld").GetBoolean());
    }

    [Fact]
    public void Render_NormalReport_WritesIso8601DatesAndIndents()
    {
        var text = StatsJsonRenderer.Render(StatsReports.Normal());

        Assert.Contains("\"from\": \"2026-10-27T00:00:00+00:00\"", text);
        Assert.Contains("\n  \"to\": \"2026-11-26T00:00:00+00:00\"", text);
    }

    [Fact]
    public void Render_WithheldValues_AreNull()
    {
        using var json = JsonDocument.Parse(StatsJsonRenderer.Render(StatsReports.Normal()));
        var root = json.RootElement;

        var withheld = root.GetProperty("groups")[5];
        Assert.Equal("open-dispute", withheld.GetProperty("key").GetString());
        Assert.True(withheld.GetProperty("withheld").GetBoolean());
        Assert.True(withheld.GetProperty("previousWithheld").GetBoolean());
        foreach (var name in new[] { "count", "share", "previousCount", "change" })
        {
            Assert.Equal(JsonValueKind.Null, withheld.GetProperty(name).ValueKind);
        }

        var previousOnly = root.GetProperty("groups")[3];
        Assert.Equal("refund-partially", previousOnly.GetProperty("key").GetString());
        Assert.False(previousOnly.GetProperty("withheld").GetBoolean());
        Assert.True(previousOnly.GetProperty("previousWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, previousOnly.GetProperty("previousCount").ValueKind);

        foreach (var rated in root.GetProperty("helpfulness").EnumerateArray().Skip(2))
        {
            Assert.True(rated.GetProperty("withheld").GetBoolean());
            Assert.Equal(JsonValueKind.Null, rated.GetProperty("rated").ValueKind);
            Assert.Equal(JsonValueKind.Null, rated.GetProperty("helpfulness").ValueKind);
        }
    }

    [Fact]
    public void Render_FewMembers_WritesNullDistinctMembers()
    {
        using var json = JsonDocument.Parse(StatsJsonRenderer.Render(StatsReports.FewMembers()));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("distinctMembers").ValueKind);
    }

    [Fact]
    public void Render_EmptyReport_HasEmptyListsAndZeroTotal()
    {
        using var json = JsonDocument.Parse(StatsJsonRenderer.Render(StatsReports.Empty(days: 1)));
        var root = json.RootElement;

        Assert.Equal(0, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("days").GetInt32());
        Assert.Equal(0, root.GetProperty("groups").GetArrayLength());
        Assert.Equal(0, root.GetProperty("helpfulness").GetArrayLength());
    }

    [Fact]
    public void Render_CasesLeftOut_WritesTheSourceAndHowMany()
    {
        var report = StatsReports.OneGroup() with { Source = CaseSource.Discord, LeftOut = 3 };

        using var json = JsonDocument.Parse(StatsJsonRenderer.Render(report));

        Assert.Equal("discord", json.RootElement.GetProperty("source").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("leftOut").GetInt32());
    }
}
