using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ForumHelper.Bot.Cli;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Deploy;

/// <summary>
/// The published folder on its own, run as the systemd unit runs it: <c>serve</c> from the folder with
/// the unit's environment answers a signed PING and a question and stops cleanly; <c>ask</c> answers from
/// the data shipped in it, from a working folder that holds nothing. The folder is a Native AOT program
/// by default, which the unit tests (run on the just-in-time build) cannot speak for: every kind of
/// interaction, the charts and the verbs that read the case log are run here once more, natively.
/// </summary>
[Trait("Needs", "published")]
public sealed class PublishedProgramTests
{
    private const string StateDirectory = "/var/lib/forumhelper";

    [Fact]
    public async Task Serve_AsTheUnitRunsIt_AnswersASignedPingAndAQuestionAndStopsWithZero()
    {
        using var state = new TempFolder();
        var privateKey = DevelopmentKeys.Create().PrivateHex;
        var unit = new SystemdUnit(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "forumhelper.service")));
        var port = LoopbackPorts.Free();
        // The unit's own environment, its state directory moved into the test's folder and its port to a free one.
        var environment = unit.Environment
            .Select(pair => (pair.Key, Value: pair.Value.Replace(StateDirectory, state.Path, StringComparison.Ordinal)))
            .Select(pair => pair.Key == "ASPNETCORE_URLS" ? (pair.Key, $"http://127.0.0.1:{port}") : pair)
            .ToList();

        await using var serve = await ServeProcess.StartAsync(privateKey, state, new ServeLaunch
        {
            Program = PublishedFolder.Program,
            Urls = null,
            Data = Path.Combine(PublishedFolder.Path, "data"),
            Settings = environment,
        });

        Assert.Equal(port, serve.Http.BaseAddress!.Port);
        Assert.Equal((200, """{"type":1}"""), await serve.TrySendAsync(Interactions.Ping(), privateKey));
        var answer = await serve.TrySendAsync(Interactions.CancelAdvice(options: Interactions.Origin), privateKey);
        Assert.Equal(200, answer?.Status);
        Assert.Contains("Accept the cancellation", answer!.Value.Body, StringComparison.Ordinal);
        Assert.Equal(0, await serve.TerminateAsync(TimeSpan.FromSeconds(30)));
        Assert.True(File.Exists(state.File("forumhelper.db")), "the database is not where the unit's connection string puts it");
    }

    [Fact]
    public async Task Ask_FromAnEmptyWorkingFolder_AnswersFromTheShippedData()
    {
        using var empty = new TempFolder();

        var (exitCode, output, errors) = await RunAsync(empty.Path, [], "ask", "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected", "--no-log");

        Assert.True(exitCode == 0, errors);
        Assert.StartsWith("Accept the cancellation", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(empty.Path));
    }

    [Fact]
    public async Task Serve_ButtonFormAndDeferredStats_AnswersEachAndFillsTheDeferredReplyIn()
    {
        using var state = new TempFolder();
        var privateKey = DevelopmentKeys.Create().PrivateHex;
        var receiverPort = LoopbackPorts.Free();
        await using var serve = await ServeProcess.StartAsync(privateKey, state, new ServeLaunch
        {
            Program = PublishedFolder.Program,
            Data = Path.Combine(PublishedFolder.Path, "data"),
            Settings = [("Discord:ApiBaseUrl", FollowUpReceiver.ApiBaseUrl(receiverPort))],
        });

        var answer = JsonNode.Parse((await serve.TrySendAsync(Interactions.CancelAdvice(options: Interactions.Origin), privateKey))!.Value.Body)!;
        var details = answer["data"]!["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray())
            .Select(button => button!["custom_id"]?.GetValue<string>()).First(id => id is not null && id.StartsWith("details:", StringComparison.Ordinal))!;
        var detailed = await serve.TrySendAsync(Interactions.Button(details), privateKey);
        Assert.Equal(200, detailed?.Status);
        Assert.Contains("Why", detailed!.Value.Body, StringComparison.Ordinal);

        var form = await serve.TrySendAsync(Interactions.CancelAdvice(), privateKey);
        Assert.Equal(9, JsonNode.Parse(form!.Value.Body)!["type"]!.GetValue<int>());
        var described = await serve.TrySendAsync(Interactions.ModalSubmit("describe:" + ChosenFactsCode.Encode(new Dictionary<string, int>()),
            "The buyer asked to cancel after I showed him the first draft in chat, and now he doesn't answer my messages."), privateKey);
        Assert.Equal(200, described?.Status);
        Assert.Contains("I read this as:", described!.Value.Body, StringComparison.Ordinal);

        // The deferred path, through the published send-sample: it waits for the bot's PATCH on receiverPort.
        var (exitCode, output, error) = await RunAsync(state.Path, [], "send-sample", "--command", "case-stats", "--moderator",
            "--url", new Uri(serve.Http.BaseAddress!, "interactions").ToString(), "--key-file", state.File("dev-signing.key"),
            "--receiver-port", receiverPort.ToString(CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, error + serve.Output);
        Assert.Contains("The bot filled the reply in: PATCH", output, StringComparison.Ordinal);

        var health = await serve.TryHealthAsync();
        Assert.Equal("ok", health?["status"]?.GetValue<string>());
        Assert.Equal(0, await serve.TerminateAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task StatsAndForget_CasesAskedInTheTerminal_TableCsvJsonPngChartThenDeleted()
    {
        using var work = new TempFolder();
        (string, string)[] database = [("Storage__ConnectionString", $"Data Source={work.File("cases.db")}")];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, (await RunAsync(work.Path, database, "ask", "/cancel-advice asked-by:buyer stage:in-progress reason:changed-mind")).ExitCode);
        }

        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] report = ["stats", "--source", "terminal", "--today", tomorrow];
        var table = await RunAsync(work.Path, database, [.. report, "--chart", work.File("chart.png")]);
        var csv = await RunAsync(work.Path, database, [.. report, "--format", "csv"]);
        var json = await RunAsync(work.Path, database, [.. report, "--format", "json"]);

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("Total 3 cases", table.Output, StringComparison.Ordinal);
        Assert.StartsWith("group,count,share", csv.Output, StringComparison.Ordinal);
        Assert.Equal("recommendation", JsonNode.Parse(json.Output)!["grouping"]!.GetValue<string>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(work.File("chart.png"))).Take(4).ToArray());

        var forgotten = await RunAsync(work.Path, database, "forget");
        Assert.Contains("Deleted 3 cases", forgotten.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDataAndCheckCases_ShippedData_PassInFull()
    {
        var data = Path.Combine(PublishedFolder.Path, "data");

        var checkedData = await RunAsync(data, [], "check-data", data);
        var checkedCases = await RunAsync(data, [], "check-cases", Path.Combine(data, "cases"));

        Assert.True(checkedData.ExitCode == 0, checkedData.Output + checkedData.Error);
        Assert.Contains(": OK", checkedData.Output, StringComparison.Ordinal);
        Assert.True(checkedCases.ExitCode == 0, checkedCases.Output + checkedCases.Error);
        Assert.EndsWith(" 0 failed", checkedCases.Output.TrimEnd(), StringComparison.Ordinal);
    }

    /// <summary>Runs the published program in <paramref name="folder"/> until it exits.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string folder, (string Key, string Value)[] environment, params IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(PublishedFolder.Program, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await run.WaitForExitAsync(limit.Token);
        return (run.ExitCode, await output, await error);
    }
}
