using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// Live data on a running server (a copy of data/): a good edit goes live within seconds, a broken
/// one is refused and the last good version keeps answering.
/// </summary>
public sealed class DataFolderWatcherTests : IAsyncLifetime
{
    private const string Answers = "answers/en.yaml";
    private const string AcceptTitle = "title: \"Accept the cancellation\"";

    // A rejected reload leaves nothing to poll for: give the watcher its 300 ms settle several times over.
    private static readonly TimeSpan RejectedReloadWait = TimeSpan.FromMilliseconds(1500);

    private InteractionServer _server = null!;
    private long _lastCaseId;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Reload_EditedAcceptTitle_NextAnswerHasItAndVersionChanges()
    {
        var before = await VersionAsync();

        _server.Data.Edit(Answers, AcceptTitle, "title: \"Accept the cancellation (edited live)\"");

        var after = await WaitForNewVersionAsync(before);
        Assert.Equal("Accept the cancellation (edited live)", await TitleAsync());
        await _server.WaitForWrittenAsync(1);
        Assert.Equal(after, _server.Storage.Store.Find(_lastCaseId)!.AnswerVersion);
    }

    [Fact]
    public async Task Reload_BrokenYamlAfterAGoodEdit_KeepsLastGoodTitleAndVersion()
    {
        var original = await VersionAsync();
        _server.Data.Edit(Answers, AcceptTitle, "title: \"Accept it, last good\"");
        var good = await WaitForNewVersionAsync(original);
        Assert.Equal("Accept it, last good", await TitleAsync());

        var text = await File.ReadAllTextAsync(_server.Data.File(Answers));
        await File.WriteAllTextAsync(_server.Data.File(Answers), text[..(text.Length / 2)]);
        await Task.Delay(RejectedReloadWait);

        Assert.Equal("Accept it, last good", await TitleAsync());
        Assert.Equal(good, await VersionAsync());
    }

    [Fact]
    public async Task Reload_AnswersFileDeleted_KeepsAnsweringThenPicksUpItsReturn()
    {
        var original = await VersionAsync();
        var path = _server.Data.File(Answers);
        var text = await File.ReadAllTextAsync(path);

        File.Delete(path);
        await Task.Delay(RejectedReloadWait);
        Assert.Equal("Accept the cancellation", await TitleAsync());
        Assert.Equal(original, await VersionAsync());

        await File.WriteAllTextAsync(path, text.Replace(AcceptTitle, "title: \"Accept, restored\"", StringComparison.Ordinal));
        await WaitForNewVersionAsync(original);
        Assert.Equal("Accept, restored", await TitleAsync());
    }

    [Fact]
    public async Task Reload_FileReplacedByRename_NewVersionGoesLive()
    {
        // How many editors save: write a temporary file, then rename it over the original.
        var before = await VersionAsync();
        var path = _server.Data.File(Answers);
        var text = await File.ReadAllTextAsync(path);
        var temporary = path + ".swp";
        await File.WriteAllTextAsync(temporary, text.Replace(AcceptTitle, "title: \"Accept, saved atomically\"", StringComparison.Ordinal));

        File.Move(temporary, path, overwrite: true);

        await WaitForNewVersionAsync(before);
        Assert.Equal("Accept, saved atomically", await TitleAsync());
    }

    private async Task<string> VersionAsync() => (await _server.HealthAsync())["dataVersion"]!.GetValue<string>();

    private async Task<string> WaitForNewVersionAsync(string old)
    {
        var current = old;
        await Polling.UntilAsync(async () => (current = await VersionAsync()) != old, "a new dataVersion on /healthz");
        return current;
    }

    private async Task<string> TitleAsync()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        _lastCaseId = reply.CaseId;
        return reply.FirstEmbed["title"]!.GetValue<string>();
    }
}
