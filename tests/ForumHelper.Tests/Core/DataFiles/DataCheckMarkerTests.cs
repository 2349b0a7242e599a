using ForumHelper.Core.DataFiles;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.DataFiles;

public sealed class DataCheckMarkerTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Vouches_AfterRememberByTheSameBuild_IsTrue()
    {
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("cases.db.data-checked"));

        Assert.Null(marker.Remember(Hash));

        Assert.True(new DataCheckMarker(state.File("cases.db.data-checked")).Vouches(Hash));
    }

    [Fact]
    public void Vouches_NoMarkerFile_IsFalse()
    {
        using var state = new TempFolder();

        Assert.False(new DataCheckMarker(state.File("cases.db.data-checked")).Vouches(Hash));
    }

    [Fact]
    public void Vouches_OtherContentHash_IsFalse()
    {
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(Hash);

        Assert.False(marker.Vouches("f" + Hash[1..]));
    }

    [Fact]
    public void Vouches_MarkerOfAnotherBuild_IsFalse()
    {
        using var state = new TempFolder();
        new DataCheckMarker(state.File("marker"), "another build").Remember(Hash);

        Assert.False(new DataCheckMarker(state.File("marker")).Vouches(Hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ForumHelper data check, version 1\n")]
    [InlineData("garbage \u0000\u00ff")]
    public void Vouches_DamagedMarker_IsFalse(string text)
    {
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(Hash);
        File.WriteAllText(marker.Path, text);

        Assert.False(marker.Vouches(Hash));
    }

    [Fact]
    public void Vouches_MarkerWithMoreAfterIt_IsFalse()
    {
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(Hash);
        File.AppendAllText(marker.Path, new string('x', 5000));

        Assert.False(marker.Vouches(Hash));
    }

    [Fact]
    public void Remember_FolderCannotBeMade_SaysWhyAndLeavesNoFile()
    {
        using var state = new TempFolder();
        File.WriteAllText(state.File("a-file"), "not a folder");
        var marker = new DataCheckMarker(Path.Combine(state.File("a-file"), "marker"));

        Assert.NotNull(marker.Remember(Hash));
        Assert.False(marker.Vouches(Hash));
    }

    [Fact]
    public void Remember_MissingFolder_IsCreated()
    {
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File(Path.Combine("not-yet", "marker")));

        Assert.Null(marker.Remember(Hash));
        Assert.True(marker.Vouches(Hash));
        Assert.Single(Directory.GetFiles(state.File("not-yet")));
    }

    [Fact]
    public void CurrentBuild_NamesThisCoreAssembly()
    {
        Assert.StartsWith(typeof(DataCheckMarker).Assembly.ManifestModule.ModuleVersionId.ToString("N"), DataCheckMarker.CurrentBuild, StringComparison.Ordinal);
    }
}
