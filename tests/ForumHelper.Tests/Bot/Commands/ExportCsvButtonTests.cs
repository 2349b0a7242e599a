using System.Text.Json.Nodes;
using System.Text;
using ForumHelper.Bot.Commands;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>
/// Export CSV under <c>/case-stats</c>: a button press of its own, so the clicker's rights and server are
/// checked again; the CSV (the same table as <c>stats --format csv</c>) replaces a private "thinking…" as a file.
/// </summary>
public sealed class ExportCsvButtonTests : IAsyncLifetime
{
    private const string Moderator = "1700000000000000031";
    private static readonly TimeSpan EditLimit = TimeSpan.FromSeconds(20);

    private FakeDiscordApi _api = null!;
    private InteractionServer _server = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _server = await InteractionServer.StartAsync(("Discord:ApiBaseUrl", _api.ApiBaseUrl), ("Discord:ApplicationId", FakeDiscordApi.ApplicationId));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Theory]
    [InlineData(CaseGrouping.Recommendation, "2026-11", "stats-csv:recommendation:2026-11")]
    [InlineData(CaseGrouping.AnswerVersion, "2025-01", "stats-csv:answer-version:2025-01")]
    [InlineData(CaseGrouping.AskedBy, "2026-12", "stats-csv:asked-by:2026-12")]
    public void CustomId_GroupingAndMonth_ReadBackAsGiven(CaseGrouping grouping, string month, string expected)
    {
        var id = ExportCsvButton.CustomId(grouping, StatsPeriod.CalendarMonth(StatsPeriod.ParseMonth(month)!.Value));

        Assert.Equal(expected, id);
        Assert.True(ExportCsvButton.TryParse(id, out var parsedGrouping, out var parsedMonth));
        Assert.Equal((grouping, month), (parsedGrouping, parsedMonth));
    }

    [Theory]
    [InlineData("stats-csv:recommendation:30")]
    [InlineData("stats-csv:recommendation:2026-13")]
    [InlineData("stats-csv:recommendation:2026-1")]
    [InlineData("stats-csv:recommendation:-2026-11")]
    [InlineData("stats-csv:recommendation:2026-11-01")]
    [InlineData("stats-csv:colour:2026-11")]
    [InlineData("stats-csv:recommendation:2026-11:1600000000000000001")]
    [InlineData("stats-csv:recommendation")]
    [InlineData("share:recommendation:2026-11")]
    [InlineData(null)]
    public void TryParse_ForgedOrMalformed_False(string? customId)
    {
        Assert.False(ExportCsvButton.TryParse(customId, out _, out _));
    }

    [Fact]
    public async Task HandleAsync_Moderator_DefersPrivatelyThenPatchesTheCsvOfThisServerAsAFile()
    {
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.SendAsync(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.OriginWithNumbers));
        await _server.SendAsync(Interactions.InOtherServer(Interactions.CancelAdvice("1700000000000000032", Interactions.Origin)));
        await _server.WaitForWrittenAsync(3);
        _server.MoveCasesIntoLastMonth();
        var press = Press(LastMonthId);
        var path = FakeDiscordApi.EditOriginalPath(press["token"]!.GetValue<string>());

        var reply = await _server.SendAsync(press);

        Assert.Equal((5, 64), (reply.Type, reply.Flags));
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        var edit = Assert.Single(_api.Requests);
        var parts = await MultipartParts.ReadAsync(edit.Header("Content-Type"), edit.Body);
        Assert.Equal(["payload_json", "files[0]"], parts.Select(p => p.Name));
        var payloadText = Encoding.UTF8.GetString(parts[0].Body);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(payloadText));
        var payload = JsonNode.Parse(payloadText)!;
        MentionSafety.AssertMessageSafe(payload);
        DiscordLimits.AssertMessageWithinLimits(payload.AsObject());
        var lastMonth = StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow);
        Assert.StartsWith($"Cases by recommendation, {lastMonth.Month:MMMM yyyy} (", payload["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"case-stats-recommendation-{lastMonth.Month:yyyy-MM}.csv", payload["attachments"]![0]!["filename"]!.GetValue<string>());
        var (_, fileName, fileType, csv) = parts[1];
        Assert.Equal(($"case-stats-recommendation-{lastMonth.Month:yyyy-MM}.csv", "text/csv"), (fileName, fileType));
        var server = _server.Storage.Pseudonymizer.For(Interactions.GuildId);
        var expected = StatsCsvRenderer.Render(new CaseStats(_server.Storage.Store, 1).Report(CaseGrouping.Recommendation, lastMonth, server));
        Assert.Equal(expected, Encoding.UTF8.GetString(csv));
        // This server's two cases, not the one asked in a server without the app.
        Assert.Equal(2, expected.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Sum(row => int.Parse(row.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("no permissions", "for the moderators of this server")]
    [InlineData("DM", "a server that has installed ForumHelper")]
    [InlineData("server without the app", "a server that has installed ForumHelper")]
    [InlineData("no guild id", "a server that has installed ForumHelper")]
    public async Task HandleAsync_NotAModeratorOfAnInstalledServer_RefusedPrivatelyAsTheCommandIs(string who, string expected)
    {
        var press = who switch
        {
            "no permissions" => Interactions.Button(LastMonthId, Moderator),
            "DM" => Interactions.InDirectMessage(Press(LastMonthId)),
            "server without the app" => Interactions.InOtherServer(Press(LastMonthId)),
            _ => Without(Press(LastMonthId), "guild_id"),
        };

        var reply = await _server.SendAsync(press);

        Assert.Contains(expected, reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Theory]
    [InlineData("stats-csv:recommendation:2999-01")]
    [InlineData("stats-csv:recommendation:2000-01")]
    [InlineData("stats-csv:recommendation:99999")]
    public async Task HandleAsync_ForgedOrUnfinishedOrExpiredMonth_RefusedAsOutOfDateWithoutAReport(string customId)
    {
        var reply = await _server.SendAsync(Press(customId));

        Assert.Contains("out of date", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    /// <summary>The button under a report of last month, by recommendation.</summary>
    private static string LastMonthId => ExportCsvButton.CustomId(CaseGrouping.Recommendation, StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow));

    private static JsonObject Press(string customId)
    {
        var press = Interactions.Button(customId, Moderator);
        press["member"]!["permissions"] = Interactions.ManageMessages;
        return press;
    }

    private static JsonObject Without(JsonObject interaction, string property)
    {
        interaction.Remove(property);
        return interaction;
    }
}
