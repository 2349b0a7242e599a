using ForumHelper.Bot.Hosting;
using ForumHelper.Core.DataFiles;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Hosting;

public sealed class DataSetProviderTests
{
    [Fact]
    public void Load_SecondStartWithTheSameFiles_SkipsTheCheck()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("cases.db.data-checked"));

        var first = DataSetProvider.Load(copy.Path, marker).Value!.Current;
        var second = DataSetProvider.Load(copy.Path, marker).Value!.Current;

        Assert.False(first.Check.Skipped);
        Assert.True(second.Check.Skipped);
    }

    [Fact]
    public void Reload_MarkerVouchesForNewFilesTheCheckRefuses_IsRejected()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("cases.db.data-checked"));
        var provider = DataSetProvider.Load(copy.Path, marker).Value!;
        copy.Edit("policies/fiverr.yaml", "    when: { asked-by: chargeback }\n    recommend: ask-support", "    when: { asked-by: [chargeback, support] }\n    recommend: ask-support");
        marker.Remember(DataSetLoader.ContentHash(copy.Path));

        var reload = provider.Reload();

        Assert.Equal(DataReloadKind.Rejected, reload.Kind);
        Assert.Contains(reload.Problems, p => p.Message.Contains("never fires", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_GoodEdit_IsFullyCheckedAndRememberedForTheNextStart()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("cases.db.data-checked"));
        var provider = DataSetProvider.Load(copy.Path, marker).Value!;
        File.AppendAllText(copy.File("answers/en.yaml"), "\n# edited live\n");

        var reload = provider.Reload();

        Assert.Equal(DataReloadKind.WentLive, reload.Kind);
        Assert.False(provider.Current.Check.Skipped);
        Assert.True(marker.Vouches(DataSetLoader.ContentHash(copy.Path)));
    }
}
