using System.Diagnostics;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Deploy;

/// <summary>
/// The published folder on its own, run as the systemd unit runs it: <c>serve</c> from the folder with
/// the unit's environment answers a signed PING and a question and stops cleanly; <c>ask</c> answers from
/// the data shipped in it, from a working folder that holds nothing.
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
        var start = new ProcessStartInfo(PublishedFolder.Program, ["ask", "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected", "--no-log"])
        {
            WorkingDirectory = empty.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var ask = Process.Start(start)!;
        var output = await ask.StandardOutput.ReadToEndAsync();
        var errors = await ask.StandardError.ReadToEndAsync();
        await ask.WaitForExitAsync();

        Assert.True(ask.ExitCode == 0, errors);
        Assert.StartsWith("Accept the cancellation", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(empty.Path));
    }
}
