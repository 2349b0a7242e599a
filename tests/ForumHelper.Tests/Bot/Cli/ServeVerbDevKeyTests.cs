using System.Globalization;
using ForumHelper.Bot.Cli;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

/// <summary><c>serve --dev-key</c>: deferred replies go to <c>send-sample</c>'s receiver on this machine, never to Discord.</summary>
public sealed class ServeVerbDevKeyTests
{
    [Fact]
    public void DevelopmentFollowUps_NothingSet_SendsToTheReceiversPortForTheSampleApplication()
    {
        var overrides = new Dictionary<string, string?>();

        var target = ServeVerb.DevelopmentFollowUps(CliRun.Configuration(), overrides);

        Assert.Equal("http://127.0.0.1:8081/api/v10", target);
        Assert.Equal(target, overrides["Discord:ApiBaseUrl"]);
        Assert.Equal(SampleInteractions.ApplicationId, overrides["Discord:ApplicationId"]);
    }

    [Fact]
    public void DevelopmentFollowUps_DiscordsOwnApi_IsReplacedByTheReceiver()
    {
        var overrides = new Dictionary<string, string?>();

        var target = ServeVerb.DevelopmentFollowUps(CliRun.Configuration(("Discord:ApiBaseUrl", "https://discord.com/api/v10"), ("Discord:ApplicationId", "123456789012345678")), overrides);

        Assert.Equal("http://127.0.0.1:8081/api/v10", target);
        Assert.False(overrides.ContainsKey("Discord:ApplicationId"));
    }

    [Fact]
    public void DevelopmentFollowUps_LoopbackApiBaseUrl_IsKept()
    {
        var overrides = new Dictionary<string, string?>();

        var target = ServeVerb.DevelopmentFollowUps(CliRun.Configuration(("Discord:ApiBaseUrl", "http://127.0.0.1:9100/api/v10")), overrides);

        Assert.Equal("http://127.0.0.1:9100/api/v10", target);
        Assert.False(overrides.ContainsKey("Discord:ApiBaseUrl"));
    }

    [Fact]
    public async Task Serve_DevKeyAndNoApplicationId_FillsInCaseStatsAtSendSamplesReceiver()
    {
        using var state = new TempFolder();
        var (privateKey, _) = DevelopmentKeys.Create();
        var port = LoopbackPorts.Free();
        await using var serve = await ServeProcess.StartAsync(privateKey, state, ("Discord:ApiBaseUrl", FollowUpReceiver.ApiBaseUrl(port)));

        var (exitCode, output, error) = await Task.Run(() => CliRun.Invoke(
            "send-sample", "--command", "case-stats", "--moderator",
            "--url", new Uri(serve.Http.BaseAddress!, "interactions").ToString(),
            "--key-file", state.File("dev-signing.key"),
            "--receiver-port", port.ToString(CultureInfo.InvariantCulture)));

        Assert.True(exitCode == 0, error + serve.Output);
        Assert.Contains($"Deferred replies (/case-stats) go to {FollowUpReceiver.ApiBaseUrl(port)}, where `send-sample` waits for them.", serve.Output);
        Assert.Contains($"The bot filled the reply in: PATCH /webhooks/{SampleInteractions.ApplicationId}/sample-", output);
        Assert.Contains($"No cases in {StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow).Month:MMMM yyyy}.", output);
    }
}
