using System.Text.Json;
using System.Text.Json.Nodes;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsMessageRendererTests
{
    private const string Nbsp = "\u00A0";
    private static readonly StatsLabels Labels = new(RealData.Set.BookFor("en"));

    [Fact]
    public void Render_NormalReport_OneShortLinePerGroupWithWordsCountShareAndChange()
    {
        var text = Text(Render(StatsReports.Normal()));

        Assert.Contains($"**Accept the cancellation**{Nbsp}· 10{Nbsp}·{Nbsp}38%{Nbsp}·{Nbsp}▲4\n", text, StringComparison.Ordinal);
        Assert.Contains($"**Wait for buyer**{Nbsp}· 5{Nbsp}·{Nbsp}19%{Nbsp}·{Nbsp}▼2\n", text, StringComparison.Ordinal);
        Assert.Contains($"**Contact support**{Nbsp}· 4{Nbsp}·{Nbsp}15%{Nbsp}·{Nbsp}±0\n", text, StringComparison.Ordinal);
        // The previous count is withheld: no change is shown for it.
        Assert.Contains($"**Refund partially**{Nbsp}· 3{Nbsp}·{Nbsp}12%\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("accept-cancellation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NormalReport_NoMonospacedTableAndNoLineWiderThanAPhoneSentence()
    {
        var text = Text(Render(StatsReports.Normal()));

        Assert.DoesNotContain("```", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n').Where(line => !line.StartsWith("-# ", StringComparison.Ordinal)), line => Assert.True(line.Length <= 70, $"`{line}` is {line.Length} characters"));
    }

    [Fact]
    public void Render_NormalReport_DatesWithheldGroupsExplanationChartAndExportButton()
    {
        var message = Render(StatsReports.Normal());
        var text = Text(message);

        Assert.Contains("-# Oct 27 – Nov 25, 2026: whole UTC days up to yesterday", text, StringComparison.Ordinal);
        Assert.Contains("-# Withheld: Open dispute, Ask the buyer for more time", text, StringComparison.Ordinal);
        Assert.Contains("Counts under 3 are withheld", text, StringComparison.Ordinal);
        Assert.Contains("2 recommendations with too few ratings to show", text, StringComparison.Ordinal);
        var gallery = Assert.Single(All(message), c => c["type"]!.GetValue<int>() == Component.MediaGalleryType);
        Assert.Equal("attachment://case-stats.png", gallery["items"]![0]!["media"]!["url"]!.GetValue<string>());
        var button = Assert.Single(All(message), c => c["type"]!.GetValue<int>() == Component.ButtonType);
        Assert.Equal(("Export CSV", "stats-csv:recommendation:30"), (button["label"]!.GetValue<string>(), button["custom_id"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_MonthReport_NamesTheMonthItsDatesAndTheMonthBefore()
    {
        var text = Text(Render(StatsReports.NormalMonth()));

        Assert.StartsWith("### Cases by recommendation, November 2026\n-# Nov 1 – Nov 30, 2026, UTC · whole months only, which keeps members anonymous\n", text, StringComparison.Ordinal);
        Assert.Contains("**26 cases** from 9 members · October 2026: 23", text, StringComparison.Ordinal);
        Assert.Contains("-# cases · share · change from October 2026\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("days", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyMonth_SaysNoCasesInThatMonthAndTheMonthBeforesTotal()
    {
        var report = StatsReports.Empty() with { Period = StatsPeriod.CalendarMonth(new DateOnly(2026, 1, 1)), PreviousTotal = 4 };

        var text = Text(Render(report));

        Assert.Contains("No cases in January 2026.\n-# December 2025: 4 cases.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NormalReport_IsAComponentsV2MessageDiscordsSpecAccepts()
    {
        var json = Json(Render(StatsReports.Normal()));

        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(json.ToJsonString()));
        Assert.Equal(MessagePayload.ComponentsV2Flag, json["flags"]!.GetValue<int>());
        DiscordLimits.AssertComponentsV2WithinLimits(json);
        MentionSafety.AssertMessageSafe(json);
    }

    [Fact]
    public void Render_EveryRatingWithheld_LeavesTheHelpfulnessSectionOut()
    {
        var report = StatsReports.Normal() with { Helpfulness = [new HelpfulnessRow("accept-cancellation", null, null), new HelpfulnessRow("wait-for-buyer", null, null)] };

        var text = Text(Render(report));

        Assert.DoesNotContain("rated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingWithheld_NoWithheldLineOrExplanation()
    {
        var text = Text(Render(StatsReports.OneGroup()));

        Assert.DoesNotContain("ithheld", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PreviousPeriodEmpty_NoChangesAndSaysThereIsNothingToCompare()
    {
        var text = Text(Render(StatsReports.OneGroup()));

        Assert.Contains($"**Accept the cancellation**{Nbsp}· 4{Nbsp}·{Nbsp}100%\n", text + "\n", StringComparison.Ordinal);
        Assert.Contains("no cases in the previous 1 day to compare with", text, StringComparison.Ordinal);
        Assert.DoesNotContain("▲", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReport_SaysSoWithoutChartOrButton()
    {
        var message = Render(StatsReports.Empty(), chartFile: null);

        Assert.Contains("No cases in the last 30 days.", Text(message), StringComparison.Ordinal);
        Assert.DoesNotContain(All(message), c => c["type"]!.GetValue<int>() is Component.MediaGalleryType or Component.ButtonType);
        Assert.Null(message.Attachments);
    }

    [Fact]
    public void Render_HundredsOfGroups_StaysWithinDiscordsLimitsAndPointsToTheExport()
    {
        var groups = Enumerable.Range(0, 300).Select(i => new StatsGroup($"version-{i:000}-with-a-rather-long-name", 300 - i, (300 - i) / 45150.0, 1, 299 - i)).ToList();
        var report = StatsReports.Report(30, 45150, 300, 120, groups, [], CaseGrouping.AnswerVersion);

        var json = Json(Render(report));

        DiscordLimits.AssertComponentsV2WithinLimits(json);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(json.ToJsonString()));
        Assert.Contains("smaller groups: Export CSV lists them all.", Text(Render(report)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KeyWithMarkdown_ShownAsText()
    {
        var report = StatsReports.Report(30, 5, 0, 3, [new StatsGroup("v1_*bold*_<@1>", 5, 1.0, 0, 5)], [], CaseGrouping.AnswerVersion);

        var text = Text(Render(report));

        Assert.Contains(@"**v1\_\*bold\*\_\<@1>**", text, StringComparison.Ordinal);
    }

    private static MessagePayload Render(StatsReport report, string? chartFile = "case-stats.png") =>
        StatsMessageRenderer.Render(report, Labels, chartFile, "stats-csv:" + ForumHelper.Core.Facts.WireNames.Of(report.Grouping) + ":" + report.Days);

    private static JsonObject Json(MessagePayload message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, DiscordJsonContext.Default.MessagePayload))!.AsObject();

    private static List<JsonObject> All(MessagePayload message) => [.. DiscordLimits.Flatten(Json(message)["components"]!.AsArray())];

    private static string Text(MessagePayload message) =>
        string.Join("\n", All(message).Where(c => c["type"]!.GetValue<int>() == Component.TextDisplayType).Select(c => c["content"]!.GetValue<string>()));
}
