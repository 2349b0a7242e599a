using System.Text.Json.Nodes;
using System.Text;
using ForumHelper.Bot.Commands;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>
/// <c>/case-stats</c>: moderators only (checked by the bot, whatever Discord showed); answered at once
/// with a private "thinking…" (type 5), then filled in by PATCH @original on the fake Discord API,
/// as multipart with <c>payload_json</c> and the chart as <c>files[0]</c>.
/// </summary>
public sealed class CaseStatsCommandTests : IAsyncLifetime
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Rendering the first chart loads the drawing library; generous, but bounded.
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
        // The server first: stopping waits for deferred edits, which still need the fake.
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_MemberWithoutPermissions_PolitePrivateRefusal()
    {
        var reply = await _server.SendAsync(Interactions.Command("case-stats", permissions: Interactions.NoPermissions));

        Assert.Contains("for the moderators", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task HandleAsync_InDirectMessage_PolitePrivateRefusal()
    {
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction["user"] = new JsonObject { ["id"] = Interactions.Member };

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("for the moderators", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task HandleAsync_ModeratorWithoutGuildId_RefusedInsteadOfReportingEveryServer()
    {
        // Forged (yet signed): a member with moderator rights but no server. Without a server the
        // store would count every server's cases, so the command must refuse, not report them all.
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        interaction.Remove("guild_id");

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("a server that has installed ForumHelper", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
        Assert.Empty(_api.Requests);
    }

    [Theory]
    [InlineData("DM")]
    [InlineData("server without the app")]
    public async Task HandleAsync_ModeratorThroughUserInstall_Refused(string place)
    {
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        interaction = place == "DM" ? Interactions.InDirectMessage(interaction) : Interactions.InOtherServer(interaction);

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("for the moderators of a server that has installed ForumHelper", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task HandleAsync_CasesAskedInDmAndInAServerWithoutTheApp_CountInNoServersStatistics()
    {
        var inServer = await _server.SendAsync(Interactions.GuildInstalled(Interactions.CancelAdvice(options: Interactions.Origin)));
        var inDm = await _server.SendAsync(Interactions.InDirectMessage(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin)));
        var elsewhere = await _server.SendAsync(Interactions.InOtherServer(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin)));
        await _server.WaitForWrittenAsync(3);
        Assert.Equal([true, false, false], new[] { inServer, inDm, elsewhere }.Select(reply => _server.Storage.Store.Find(reply.CaseId)!.Server is not null));
        _server.MoveCasesIntoLastMonth();
        var interaction = Interactions.GuildInstalled(Interactions.Command("case-stats", permissions: Interactions.ManageMessages));
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(5, reply.Type);
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        var parts = await MultipartParts.ReadAsync(_api.Requests[0].Header("Content-Type"), _api.Requests[0].Body);
        var text = Texts(JsonNode.Parse(Encoding.UTF8.GetString(parts[0].Body))!);
        Assert.Contains("**1 case** from 1 member", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Moderator_DefersPrivatelyThenPatchesOriginalWithPngChart()
    {
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.SendAsync(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.OriginWithNumbers));
        await _server.WaitForWrittenAsync(2);
        _server.MoveCasesIntoLastMonth();
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(5, reply.Type);
        Assert.Equal(64, reply.Flags);
        reply.AssertMatchesCallbackSchema();
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        var edit = Assert.Single(_api.Requests);
        Assert.Equal(("PATCH", path), (edit.Method, edit.Path));
        Assert.Equal(DiscordRestClient.UserAgent, edit.Header("User-Agent"));
        Assert.Null(edit.Header("Authorization"));
        var parts = await MultipartParts.ReadAsync(edit.Header("Content-Type"), edit.Body);
        Assert.Equal(["payload_json", "files[0]"], parts.Select(p => p.Name));
        var payloadText = Encoding.UTF8.GetString(parts[0].Body);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(payloadText));
        var payload = JsonNode.Parse(payloadText)!;
        MentionSafety.AssertMessageSafe(payload);
        Assert.Equal(MessagePayload.ComponentsV2Flag, payload["flags"]!.GetValue<int>());
        DiscordLimits.AssertComponentsV2WithinLimits(payload.AsObject());
        var components = DiscordLimits.Flatten(payload["components"]!.AsArray()).ToList();
        Assert.Equal("attachment://case-stats.png", components.Single(c => c["type"]!.GetValue<int>() == Component.MediaGalleryType)["items"]![0]!["media"]!["url"]!.GetValue<string>());
        Assert.Equal(ExportCsvButton.CustomId(CaseGrouping.Recommendation, StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow)), components.Single(c => c["type"]!.GetValue<int>() == Component.ButtonType)["custom_id"]!.GetValue<string>());
        Assert.DoesNotContain("```", Texts(payload), StringComparison.Ordinal);
        Assert.Equal(0, payload["attachments"]![0]!["id"]!.GetValue<int>());
        Assert.Equal("case-stats.png", payload["attachments"]![0]!["filename"]!.GetValue<string>());
        var (_, fileName, fileType, png) = parts[1];
        Assert.Equal("case-stats.png", fileName);
        Assert.Equal("image/png", fileType);
        Assert.Equal(PngSignature, png.Take(8));
    }

    [Fact]
    public async Task HandleAsync_ChartCapAndQueueFull_PatchesTheStatisticsWithoutAChartSayingWhy()
    {
        // One chart at a time and no queue; a chart being drawn, held until the test lets it go.
        await using var api = await FakeDiscordApi.StartAsync();
        await using var server = await InteractionServer.StartWithHandlersAsync(
            services => services.AddSingleton(new ChartRenders(atOnce: 1, waiting: 0)),
            ("Discord:ApiBaseUrl", api.ApiBaseUrl), ("Discord:ApplicationId", FakeDiscordApi.ApplicationId));
        await server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await server.WaitForWrittenAsync(1);
        server.MoveCasesIntoLastMonth();
        using var release = new SemaphoreSlim(0);
        var drawing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var renders = server.App.Services.GetRequiredService<ChartRenders>();
        var held = Task.Run(() => renders.RunAsync(() => { drawing.SetResult(); release.Wait(EditLimit); }, CancellationToken.None));
        await drawing.Task.WaitAsync(EditLimit);
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());

        await server.SendAsync(interaction);

        await Polling.UntilAsync(() => api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        release.Release();
        await held.WaitAsync(EditLimit);
        var edit = Assert.Single(api.Requests);
        Assert.StartsWith("application/json", edit.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(edit.BodyText));
        var body = JsonNode.Parse(edit.BodyText)!;
        Assert.Contains("**1 case**", edit.BodyText, StringComparison.Ordinal);
        Assert.Null(body["attachments"]);
        Assert.DoesNotContain("attachment://", edit.BodyText, StringComparison.Ordinal);
        Assert.Contains("-# " + ChartRenders.SkippedNote, edit.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("8", false)]
    [InlineData("2147483647", false)]
    public async Task HandleAsync_ModeratorByRoleOrPermission_DefersThenPatchesPlainJsonWhenThereAreNoCases(string permissions, bool withModeratorRole)
    {
        var interaction = Interactions.Command("case-stats", permissions: permissions);
        if (withModeratorRole)
        {
            interaction["member"]!["roles"] = new JsonArray("1650000000000000001");
        }

        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(5, reply.Type);
        Assert.Equal(64, reply.Flags);
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        var edit = Assert.Single(_api.Requests);
        Assert.StartsWith("application/json", edit.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(edit.BodyText));
        var payload = JsonNode.Parse(edit.BodyText)!;
        MentionSafety.AssertMessageSafe(payload);
        Assert.Contains("No cases", Texts(payload), StringComparison.Ordinal);
        DiscordLimits.AssertComponentsV2WithinLimits(payload.AsObject());
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public async Task HandleAsync_ServerRequiresTheRole_ChannelPermissionAloneIsRefused(bool manageMessages, bool withModeratorRole, bool allowed)
    {
        // Permissions arrive per channel: a member given Manage Messages in one channel is no moderator of the server.
        await using var api = await FakeDiscordApi.StartAsync();
        await using var server = await InteractionServer.StartAsync(
            ("Discord:ApiBaseUrl", api.ApiBaseUrl), ("Discord:ApplicationId", FakeDiscordApi.ApplicationId),
            ("Moderation:RoleIds:0", "1650000000000000001"), ("Moderation:RequireRole", "true"));
        var interaction = Interactions.Command("case-stats", permissions: manageMessages ? Interactions.ManageMessages : "0");
        if (withModeratorRole)
        {
            interaction["member"]!["roles"] = new JsonArray("1650000000000000001");
        }

        var reply = await server.SendAsync(interaction);

        Assert.Equal(allowed ? 5 : 4, reply.Type);
        if (!allowed)
        {
            Assert.Contains("for the moderators of this server", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2999-01", "recommendation", "2999-01 has not finished yet: `month` must be a finished month written as YYYY-MM, from ")]
    [InlineData("2000-01", "recommendation", "2000-01 is older than the cases this bot keeps (365 days): `month` must be a finished month")]
    [InlineData("last month", "recommendation", "`month` must be a finished month written as YYYY-MM, from ")]
    [InlineData("2026-13", "recommendation", "`month` must be a finished month written as YYYY-MM, from ")]
    [InlineData("", "colour", "`by` must be one of recommendation, ")]
    public async Task HandleAsync_OptionsOutOfRange_PrivateMessageNamesTheValidOnes(string month, string by, string expected)
    {
        var reply = await _server.SendAsync(Interactions.Command("case-stats", permissions: Interactions.ManageMessages, options: [("month", month), ("by", by)]));

        var text = reply.AssertPrivateMessage();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        if (expected.Contains("from ", StringComparison.Ordinal))
        {
            // The range named is the one allowed today: from ten months back to last month, under a year's retention.
            var latest = StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow).Month!.Value;
            Assert.Contains($"from {latest.AddMonths(-9):yyyy-MM} to {latest:yyyy-MM}.", text, StringComparison.Ordinal);
        }

        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task HandleAsync_RetentionShorterThanTwoMonths_PrivateMessageSaysWhyThereAreNoStatistics()
    {
        await using var server = await InteractionServer.StartAsync(("Privacy:RetentionDays", "30"), ("Discord:ApplicationId", FakeDiscordApi.ApplicationId));

        var reply = await server.SendAsync(Interactions.Command("case-stats", permissions: Interactions.ManageMessages));

        Assert.Contains("keeps cases for only 30 days (`Privacy:RetentionDays`)", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_EditRateLimitedOnce_WaitsRetryAfterThenDeliversTheChart()
    {
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);
        _server.MoveCasesIntoLastMonth();
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());
        _api.Enqueue("PATCH", path, FakeDiscordApi.Response.RateLimited(0.3));

        await _server.SendAsync(interaction);

        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length >= 2, "the PATCH again after retry_after", EditLimit);
        var edits = _api.RequestsTo("PATCH", path);
        Assert.True(edits[1].ReceivedAt - edits[0].ReceivedAt >= TimeSpan.FromMilliseconds(290), "the retry came before retry_after passed");
        var parts = await MultipartParts.ReadAsync(edits[1].Header("Content-Type"), edits[1].Body);
        Assert.Equal(["payload_json", "files[0]"], parts.Select(p => p.Name));
        await AssertFollowUpFinishedAsync();
        Assert.Equal(2, _api.RequestsTo("PATCH", path).Length);
    }

    [Fact]
    public async Task HandleAsync_ReportDeliveredAfterARateLimit_TheInteractionTokenIsInNoLogLine()
    {
        // The edit's URL carries the token, which lets anyone post as the bot in that channel for 15 minutes.
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var token = interaction["token"]!.GetValue<string>();
        var path = FakeDiscordApi.EditOriginalPath(token);
        _api.Enqueue("PATCH", path, FakeDiscordApi.Response.RateLimited(0.3));

        await _server.SendAsync(interaction);

        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length >= 2, "the PATCH again after retry_after", EditLimit);
        await AssertFollowUpFinishedAsync();
        var records = _server.Logs.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("rate", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(records, record => record.Message.Contains(token, StringComparison.Ordinal) || (record.Exception?.ToString().Contains(token, StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task HandleAsync_EditFailsWithServerErrors_GivesUpAfterThreeAttemptsThenPostsAShortApology()
    {
        await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());
        var error = FakeDiscordApi.Response.Error(500, 0, "500: Internal Server Error");
        _api.Enqueue("PATCH", path, error, error, error);

        await _server.SendAsync(interaction);

        // Three attempts with the chart (1 s, then 2 s apart), then one plain note, which Discord accepts.
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length >= 4, "three chart attempts and an apology", EditLimit);
        var apology = _api.RequestsTo("PATCH", path)[3];
        Assert.StartsWith("application/json", apology.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("could not post the statistics just now", JsonNode.Parse(apology.BodyText)!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertFollowUpFinishedAsync();
        Assert.Equal(4, _api.RequestsTo("PATCH", path).Length);
    }

    [Fact]
    public async Task HandleAsync_DatabaseFailsWhileBuilding_PatchesAnApologyWithAnErrorId()
    {
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());
        using (var connection = new SqliteConnection($"Data Source={_server.DatabasePath};Pooling=False"))
        {
            // From outside, as a damaged or hand-edited file would be: the statistics query cannot run.
            connection.Open();
            using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE cases RENAME TO cases_elsewhere";
            rename.ExecuteNonQuery();
        }

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(5, reply.Type);
        await Polling.UntilAsync(() => _api.RequestsTo("PATCH", path).Length > 0, "PATCH " + path, EditLimit);
        var content = JsonNode.Parse(Assert.Single(_api.Requests).BodyText)!["content"]!.GetValue<string>();
        Assert.Matches("^Sorry, I could not build the statistics \\(error id `[0-9a-f]{8}`\\)\\.$", content);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("7.5")]
    [InlineData("[\"2026-11\"]")]
    [InlineData("{\"month\":\"2026-11\"}")]
    [InlineData("true")]
    public async Task HandleAsync_MonthNotText_PrivateMessageNamesTheValidOnesInsteadOfUsingLastMonth(string monthJson)
    {
        // Forged (yet signed): Discord itself only sends text for a string option.
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages, options: [("month", "2026-11")]);
        interaction["data"]!["options"]![0]!["value"] = JsonNode.Parse(monthJson);

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("`month` must be a finished month", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task HandleAsync_NullEntryAmongTheOptions_IsSkippedWithoutAHandlerFailure()
    {
        var interaction = Interactions.Command("case-stats", permissions: Interactions.ManageMessages, options: [("month", "0")]);
        interaction["data"]!["options"]!.AsArray().Insert(0, null);

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("`month` must be a finished month", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    /// <summary>The text displays of a Components V2 message, one after another.</summary>
    internal static string Texts(JsonNode payload) =>
        string.Join("\n", DiscordLimits.Flatten(payload["components"]!.AsArray())
            .Where(c => c["type"]!.GetValue<int>() == Component.TextDisplayType)
            .Select(c => c["content"]!.GetValue<string>()));

    /// <summary>
    /// Waits, bounded, until the command's follow-up (deferred work) has ended: after that no further
    /// request can come, which a fixed sleep could only hope for.
    /// </summary>
    private async Task AssertFollowUpFinishedAsync() =>
        Assert.True(await _server.App.Services.GetRequiredService<DeferredWork>().WaitAsync(EditLimit), "the /case-stats follow-up is still running");
}
