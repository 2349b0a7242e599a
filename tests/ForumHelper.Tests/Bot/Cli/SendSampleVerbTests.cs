using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class SendSampleVerbTests
{
    [Fact]
    public void SendSample_NoKeyFile_ExitsTwoSayingToRunDevKeys()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--ping", "--key-file", folder.File("missing.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("run `dev-keys` first", error);
    }

    [Theory]
    [InlineData("/stats days:30", "`/stats` is not a ForumHelper command; valid: /cancel-advice, /case-stats, /forget-me.")]
    [InlineData("case-stat", "Did you mean /case-stats?")]
    [InlineData("/cancel-advice stage", "`stage` needs a value")]
    public void SendSample_CommandNotOneOfTheBots_ExitsTwoNamingTheValidOnes(string command, string expected)
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--command", command, "--key-file", folder.File("missing.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData(new[] { "--button", "feedback:1:helpful:x", "--select", "need:stage:x" }, "Send one thing at a time: one of --ping, --command, --button, --select, --modal, not --button and --select together.")]
    [InlineData(new[] { "--select", "need:stage:x" }, "--select needs --value VALUE")]
    [InlineData(new[] { "--button", "redo:x", "--value", "buyer" }, "--value is the value picked in a select: give it with --select ID.")]
    [InlineData(new[] { "--field", "asked-by=buyer" }, "--field is an input of a form: give it with --modal ID.")]
    [InlineData(new[] { "--modal", "describe:x", "--field", "who=buyer" }, "the form has no input `who`; it has what-happened, asked-by, stage, done, marketplace.")]
    [InlineData(new[] { "--modal", "describe:x", "--field", "asked-by=nobody-at-all" }, "`nobody-at-all` is not one of its choices; valid: buyer, me, support, chargeback, nobody.")]
    [InlineData(new[] { "--modal", "describe:x", "--field", "asked-by" }, "--field `asked-by` needs a value: write NAME=VALUE")]
    [InlineData(new[] { "--button", "" }, "--button needs the custom id of a component (1–100 characters)")]
    [InlineData(new[] { "--member", "me" }, "--member must be a Discord user id")]
    [InlineData(new[] { "--dm", "--moderator" }, "a DM (--dm) has neither")]
    [InlineData(new[] { "--wait", "0" }, "--wait must be 1–900 seconds")]
    public void SendSample_OptionsThatCannotBeSent_ExitTwoSayingWhatIsValid(string[] options, string expected)
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.Invoke(["send-sample", "--key-file", folder.File("missing.key"), .. options]);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void SendSample_NothingListening_ExitsOne()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Invoke("dev-keys", "--out", folder.File("dev.key")).ExitCode);

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--ping", "--key-file", folder.File("dev.key"), "--url", $"http://127.0.0.1:{LoopbackPorts.Free()}/interactions");

        Assert.Equal(1, exitCode);
        Assert.Contains("Is `serve` running?", error);
    }

    [Fact]
    public async Task SendSample_KeyServeDoesNotTrust_ExitsOneSayingWhichKeyToStartItWith()
    {
        await using var session = await SendSampleSession.StartAsync();
        Assert.Equal(0, CliRun.Invoke("dev-keys", "--out", session.Folder.File("other.key")).ExitCode);

        var (exitCode, output, error) = await session.RunAsync("--ping", "--key-file", session.Folder.File("other.key"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("HTTP 401", output);
        Assert.Contains($"start serve with --dev-key {session.Folder.File("other.key")}", error);
    }

    [Fact]
    public async Task SendSample_Command_PrintsThePrivateAnswerAndTheOptionsThatPressItsButtons()
    {
        await using var session = await SendSampleSession.StartAsync();

        var (exitCode, output, _) = await session.RunAsync("--command", "/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("HTTP 200 OK", output);
        Assert.Contains("\"embeds\": [", output);
        Assert.Contains("A private reply: only the member who sent it sees it.", output);
        Assert.Matches(@"\n  Helpful +--button feedback:\d+:helpful:\S+\n", output);
        Assert.Matches(@"\n  Show in channel +--button share:\d+:channel:\S+\n", output);
    }

    [Fact]
    public async Task SendSample_ButtonPrintedUnderAnAnswer_PressesItAsTheMemberWhoAsked()
    {
        await using var session = await SendSampleSession.StartAsync();
        var (_, answer, _) = await session.RunAsync("--command", "/cancel-advice asked-by:buyer stage:delivered");
        await session.Server.WaitForWrittenAsync(1);

        var (exitCode, output, _) = await session.RunAsync(SendSampleSession.NextOptions(answer, "Helpful"));

        Assert.Equal(0, exitCode);
        Assert.Contains("\"type\": 7", output);
        Assert.Contains("Thanks! Glad it helped.", output);
        Assert.Contains("The message the button or select is on is replaced with this.", output);
        Assert.DoesNotContain("--button feedback:", output);
    }

    [Fact]
    public async Task SendSample_ShowInChannel_PrintsThePublicMessage()
    {
        await using var session = await SendSampleSession.StartAsync();
        var (_, answer, _) = await session.RunAsync("--command", "/cancel-advice asked-by:buyer stage:delivered");

        var (exitCode, output, _) = await session.RunAsync(SendSampleSession.NextOptions(answer, "Show in channel"));

        Assert.Equal(0, exitCode);
        Assert.Contains("A public message: everyone in the channel sees it.", output);
    }

    [Fact]
    public async Task SendSample_ButtonNoRouteKnows_PrintsTheBotsAnswer()
    {
        await using var session = await SendSampleSession.StartAsync();

        var (exitCode, output, _) = await session.RunAsync("--button", "made-up:1");

        Assert.Equal(0, exitCode);
        Assert.Contains("This answer has expired.", output);
    }

    [Fact]
    public async Task SendSample_FormThenSelect_SubmitsTheFormAndPicksWhatIsStillMissing()
    {
        await using var session = await SendSampleSession.StartAsync();

        var (formExit, form, _) = await session.RunAsync("--command", "cancel-advice");
        // The form's id without its example text: the radio group alone leaves where the order is unknown.
        var (submitExit, submitted, _) = await session.RunAsync([.. SendSampleSession.NextOptions(form, "--modal")[..2], "--field", "asked-by=buyer"]);
        var (pickExit, picked, _) = await session.RunAsync([.. SendSampleSession.NextOptions(submitted, "Where is the order?")[..^1], "delivered"]);

        Assert.Equal((0, 0, 0), (formExit, submitExit, pickExit));
        Assert.Contains("A form opens: \"Describe the dispute\".", form);
        Assert.Contains("  asked-by       Who asked to cancel? (buyer, me, support, chargeback, nobody)", form);
        Assert.Contains("--select need:stage:", submitted);
        Assert.Contains("\"type\": 7", picked);
        Assert.Matches(@"\n  Helpful +--button feedback:", picked);
    }

    [Fact]
    public async Task SendSample_FormSubmittedWithItsExampleText_Answers()
    {
        await using var session = await SendSampleSession.StartAsync();
        var (_, form, _) = await session.RunAsync("--command", "/cancel-advice");

        var (exitCode, output, _) = await session.RunAsync(SendSampleSession.NextOptions(form, "--modal"));

        Assert.Equal(0, exitCode);
        Assert.Contains("\"type\": 4", output);
        Assert.Matches(@"\n  Not quite right +--button redo:", output);
    }

    [Fact]
    public async Task SendSample_ForgetMeThenConfirm_DeletesTheMembersCases()
    {
        await using var session = await SendSampleSession.StartAsync();
        await session.RunAsync("--command", "/cancel-advice asked-by:buyer stage:delivered");
        await session.Server.WaitForWrittenAsync(1);

        var (_, question, _) = await session.RunAsync("--command", "forget-me");
        var (exitCode, output, _) = await session.RunAsync(SendSampleSession.NextOptions(question, "Delete my cases"));

        Assert.Equal(0, exitCode);
        Assert.Contains("--button forget:confirm", question);
        Assert.Contains("Done: deleted 1 case.", output);
    }

    [Fact]
    public async Task SendSample_CaseStatsAsModerator_PrintsTheFilledInReplyAndSavesTheChart()
    {
        await using var session = await SendSampleSession.StartAsync();
        await session.RunAsync("--command", "/cancel-advice asked-by:buyer stage:delivered");
        await session.RunAsync("--command", "/cancel-advice asked-by:me stage:in-progress", "--member", "100000000000000066");
        await session.Server.WaitForWrittenAsync(2);
        session.Server.MoveCasesIntoLastMonth();

        var (exitCode, output, error) = await session.RunAsync("--command", "/case-stats by:asked-by", "--moderator");

        Assert.True(exitCode == 0, error);
        Assert.Contains("\"type\": 5", output);
        Assert.Contains("Deferred: the member sees \"ForumHelper is thinking…\"", output);
        Assert.Contains("The bot filled the reply in: PATCH /webhooks/", output);
        Assert.Contains($"Cases by asked by, {StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow).Month:MMMM yyyy}", output);
        var chart = Path.Combine(session.Samples, "case-stats.png");
        Assert.Contains($"to {chart}", output);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(chart)[..4]);
    }

    [Fact]
    public async Task SendSample_CaseStatsAsMember_IsRefusedWithAHintToSendAsModerator()
    {
        await using var session = await SendSampleSession.StartAsync();

        var (exitCode, output, _) = await session.RunAsync("--command", "case-stats");

        Assert.Equal(0, exitCode);
        Assert.Contains("Case statistics are for the moderators of this server.", output);
        Assert.Contains("add --moderator to send it as a moderator", output);
    }

    [Fact]
    public async Task SendSample_DeferredReplyNeverFilledIn_ExitsOneSayingWhereItWaited()
    {
        // The server sends its deferred replies elsewhere: send-sample's receiver gets nothing.
        await using var session = await SendSampleSession.StartAsync(("Discord:ApiBaseUrl", $"http://127.0.0.1:{LoopbackPorts.Free()}/api/v10"));

        var (exitCode, output, error) = await session.RunAsync("--command", "case-stats", "--moderator", "--wait", "1");

        Assert.Equal(1, exitCode);
        Assert.Contains("\"type\": 5", output);
        Assert.Contains($"No reply came within 1 s. Is serve running with --dev-key? It sends deferred replies to http://127.0.0.1:{session.ReceiverPort}/api/v10", error);
    }
}
