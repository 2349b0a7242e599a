using System.Diagnostics;
using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Logging.Testing;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// Live data on a running server (a copy of data/): a good edit goes live within seconds, a broken
/// one is refused and the last good version keeps answering. A refused or empty reload is awaited
/// through the watcher's log line for it (by event id), never by sleeping: with the watcher dead,
/// these tests fail instead of passing.
/// </summary>
public sealed class DataFolderWatcherTests
{
    private const string Answers = "answers/en.yaml";
    private const string AcceptTitle = "title: \"Accept the cancellation\"";

    [Fact]
    public async Task Reload_EditedAcceptTitle_NextAnswerHasItAndVersionChanges()
    {
        await using var server = await InteractionServer.StartAsync();
        var before = await VersionAsync(server);

        server.Data.Edit(Answers, AcceptTitle, "title: \"Accept the cancellation (edited live)\"");

        var after = await WaitForNewVersionAsync(server, before);
        var reply = await AskAsync(server);
        Assert.Equal("Accept the cancellation (edited live)", Title(reply));
        await server.WaitForWrittenAsync(1);
        Assert.Equal(after, server.Storage.Store.Find(reply.CaseId)!.AnswerVersion);
    }

    [Fact]
    public async Task Reload_BrokenYamlAfterAGoodEdit_KeepsLastGoodTitleAndVersion()
    {
        await using var server = await InteractionServer.StartAsync();
        var original = await VersionAsync(server);
        server.Data.Edit(Answers, AcceptTitle, "title: \"Accept it, last good\"");
        var good = await WaitForNewVersionAsync(server, original);
        Assert.Equal("Accept it, last good", Title(await AskAsync(server)));

        var text = await File.ReadAllTextAsync(server.Data.File(Answers));
        var mark = server.Logs.Count;
        await File.WriteAllTextAsync(server.Data.File(Answers), text[..(text.Length / 2)]);

        var refused = await WaitForRefusalAsync(server, mark, "the cut file refused");
        Assert.Contains(Answers, refused.Message, StringComparison.Ordinal);
        Assert.Contains(good, refused.Message, StringComparison.Ordinal);
        Assert.Equal("Accept it, last good", Title(await AskAsync(server)));
        Assert.Equal(good, await VersionAsync(server));
    }

    [Fact]
    public async Task Reload_WellFormedEditThatFailsTheChecks_KeepsTheLastGoodSet()
    {
        await using var server = await InteractionServer.StartAsync();
        var original = await VersionAsync(server);

        // Valid YAML, but the placeholder does not exist: check-data refuses it, and so does the live reload.
        var mark = server.Logs.Count;
        server.Data.Edit(Answers, AcceptTitle, "title: \"Accept the cancellation {no_such_number}\"");

        var refused = await WaitForReloadAsync(server, mark, "the edit refused by the checks", DataFolderWatcher.RejectedEventId);
        Assert.Contains("no_such_number", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Accept the cancellation", Title(await AskAsync(server)));
        Assert.Equal(original, await VersionAsync(server));
    }

    [Fact]
    public async Task Reload_AnswersFileDeleted_KeepsAnsweringThenPicksUpItsReturn()
    {
        await using var server = await InteractionServer.StartAsync();
        var original = await VersionAsync(server);
        var path = server.Data.File(Answers);
        var text = await File.ReadAllTextAsync(path);

        var mark = server.Logs.Count;
        File.Delete(path);
        await WaitForRefusalAsync(server, mark, "the set without its answers file refused");
        Assert.Equal("Accept the cancellation", Title(await AskAsync(server)));
        Assert.Equal(original, await VersionAsync(server));

        await File.WriteAllTextAsync(path, text.Replace(AcceptTitle, "title: \"Accept, restored\"", StringComparison.Ordinal));
        await WaitForNewVersionAsync(server, original);
        Assert.Equal("Accept, restored", Title(await AskAsync(server)));
    }

    [Fact]
    public async Task Reload_FileRewrittenWithTheSameText_LogsUnchangedAndKeepsTheVersion()
    {
        await using var server = await InteractionServer.StartAsync();
        var original = await VersionAsync(server);
        var path = server.Data.File(Answers);
        var text = await File.ReadAllTextAsync(path);
        var mark = server.Logs.Count;

        await File.WriteAllTextAsync(path, text);

        var unchanged = await WaitForReloadAsync(server, mark, "the rewrite seen and found unchanged", DataFolderWatcher.UnchangedEventId);
        Assert.Contains(original, unchanged.Message, StringComparison.Ordinal);
        Assert.Equal(original, await VersionAsync(server));
        Assert.DoesNotContain(server.Logs.GetSnapshot().Skip(mark), line => line.Id.Id == DataFolderWatcher.WentLiveEventId);
    }

    [Fact]
    public async Task Reload_FileReplacedByRename_NewVersionGoesLive()
    {
        // How many editors save: write a temporary file, then rename it over the original.
        await using var server = await InteractionServer.StartAsync();
        var before = await VersionAsync(server);
        var path = server.Data.File(Answers);
        var text = await File.ReadAllTextAsync(path);
        var temporary = path + ".swp";
        await File.WriteAllTextAsync(temporary, text.Replace(AcceptTitle, "title: \"Accept, saved atomically\"", StringComparison.Ordinal));

        File.Move(temporary, path, overwrite: true);

        await WaitForNewVersionAsync(server, before);
        Assert.Equal("Accept, saved atomically", Title(await AskAsync(server)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reload_EditUnderSteadyTraffic_GoesLiveWithinSeconds(bool databaseInsideDataFolder)
    {
        // The default settings keep the database in data/ (Data Source=data/forumhelper.db), the folder
        // the watcher watches. A question every ~100 ms (a case write each) must not hold an edit back.
        var database = databaseInsideDataFolder
            ? new[] { ("Storage:ConnectionString", $"Data Source={InteractionServer.DataFolderPlaceholder}/forumhelper.db") }
            : [];
        await using var server = await InteractionServer.StartAsync([.. database, ("Discord:AdvicePerMinute", "1000")]);
        server.Data.Edit(Answers, AcceptTitle, "title: \"Accept, edited under traffic\"");

        var clock = Stopwatch.StartNew();
        var title = "";
        while (title != "Accept, edited under traffic" && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            title = Title(await AskAsync(server));

            // The traffic itself, at a real pace: what is tested is the real watcher's 2 s cap while real
            // database writes go on beside it. Bounded by the 5 s above; the loop ends as soon as the edit is live.
            await Task.Delay(100);
        }

        Assert.True(title == "Accept, edited under traffic", $"after {clock.Elapsed.TotalSeconds:0.0} s of steady traffic the answer still says `{title}`");
    }

    private static async Task<string> VersionAsync(InteractionServer server) => (await server.HealthAsync())["dataVersion"]!.GetValue<string>();

    private static async Task<string> WaitForNewVersionAsync(InteractionServer server, string old)
    {
        var current = old;
        await Polling.UntilAsync(async () => (current = await VersionAsync(server)) != old, "a new dataVersion on /healthz");
        return current;
    }

    /// <summary>Waits for the watcher's line for a reload of one of <paramref name="eventIds"/> logged after the first <paramref name="mark"/> lines.</summary>
    private static Task<FakeLogRecord> WaitForReloadAsync(InteractionServer server, int mark, string what, params int[] eventIds) =>
        server.Logs.WaitForAsync(
            mark,
            line => line.Category == typeof(DataFolderWatcher).FullName && eventIds.Contains(line.Id.Id),
            what);

    /// <summary>A refused reload: the checks failed, or the files could not be read at all (mid-save, missing).</summary>
    private static Task<FakeLogRecord> WaitForRefusalAsync(InteractionServer server, int mark, string what) =>
        WaitForReloadAsync(server, mark, what, DataFolderWatcher.RejectedEventId, DataFolderWatcher.UnreadableEventId);

    private static Task<InteractionReply> AskAsync(InteractionServer server) => server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

    private static string Title(InteractionReply reply) => reply.AnswerTitle;
}
