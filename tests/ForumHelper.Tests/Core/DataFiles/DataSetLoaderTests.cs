using ForumHelper.Core.DataFiles;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.DataFiles;

public class DataSetLoaderTests
{
    [Fact]
    public void Load_RepositoryData_LoadsWithoutProblems()
    {
        var result = DataSetLoader.Load(RepositoryPaths.Data);

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Value.Policies.Count);
        Assert.Matches("^[0-9a-f]{12}$", result.Value.Version);
    }

    [Fact]
    public void Load_AnyByteChanged_ChangesTheVersion()
    {
        using var copy = TempFolder.WithDataCopy();
        var before = DataSetLoader.Load(copy.Path).Value!.Version;

        File.AppendAllText(copy.File("answers/en.yaml"), "\n# a comment\n");

        Assert.NotEqual(before, DataSetLoader.Load(copy.Path).Value!.Version);
    }

    [Fact]
    public void Load_UnderstandingFileChanged_ChangesTheVersion()
    {
        using var copy = TempFolder.WithDataCopy();
        var before = DataSetLoader.Load(copy.Path).Value!.Version;

        File.AppendAllText(copy.File("understanding/en.yaml"), "\n# a comment\n");

        Assert.NotEqual(before, DataSetLoader.Load(copy.Path).Value!.Version);
    }

    [Fact]
    public void Load_RepositoryData_HasTheReader()
    {
        Assert.Equal("en", DataSetLoader.Load(RepositoryPaths.Data).Value!.Understanding.Locale);
    }

    [Fact]
    public void Load_MissingUnderstandingFile_SaysWhichFileToAdd()
    {
        using var copy = TempFolder.WithDataCopy();
        File.Delete(copy.File("understanding/en.yaml"));

        var problem = Assert.Single(DataSetLoader.Load(copy.Path).Problems);

        Assert.Contains("add understanding/en.yaml", problem.Message);
    }

    [Fact]
    public void Load_BrokenUnderstandingFile_ReportsItsFileAndLine()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("understanding/en.yaml", "negated-means: silent");
        copy.Edit("understanding/en.yaml", "negated-means: silent", "negated-means: quiet");

        var problem = Assert.Single(DataSetLoader.Load(copy.Path).Problems);

        Assert.EndsWith(Path.Combine("understanding", "en.yaml"), problem.File, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Load_MissingPolicyFile_NamesTheMarketplace()
    {
        using var copy = TempFolder.WithDataCopy();
        File.Delete(copy.File("policies/upwork.yaml"));

        var problem = Assert.Single(DataSetLoader.Load(copy.Path).Problems);

        Assert.Contains("no policy file for upwork", problem.Message);
    }

    [Fact]
    public void Load_PolicyFileNamedAfterAnotherMarketplace_IsReported()
    {
        using var copy = TempFolder.WithDataCopy();
        File.Move(copy.File("policies/upwork.yaml"), copy.File("policies/other.yaml"));

        var problems = DataSetLoader.Load(copy.Path).Problems;

        Assert.Contains(problems, p => p.Message.Contains("must be named upwork.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TruncatedYaml_ReportsSyntaxWithoutThrowing()
    {
        using var copy = TempFolder.WithDataCopy();
        var text = File.ReadAllText(copy.File("policies/fiverr.yaml"));
        File.WriteAllText(copy.File("policies/fiverr.yaml"), text[..(text.Length / 2)] + "\n  - { when: [");

        var result = DataSetLoader.Load(copy.Path);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.File.EndsWith("fiverr.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmptyFile_SaysItIsEmpty()
    {
        using var copy = TempFolder.WithDataCopy();
        File.WriteAllText(copy.File("answers/en.yaml"), "");

        Assert.Contains(DataSetLoader.Load(copy.Path).Problems, p => p.Message.Contains("empty", StringComparison.Ordinal));
    }

    // Valid YAML that only the exhaustive check refuses: the shadowed rule never fires (as in CheckDataVerbTests).
    private static void ShadowARule(TempFolder copy) =>
        copy.Edit("policies/fiverr.yaml", "    when: { asked-by: chargeback }\n    recommend: ask-support", "    when: { asked-by: [chargeback, support] }\n    recommend: ask-support");

    [Fact]
    public void Load_FullCheckPassesWithAMarker_WritesTheMarkerForTheseFiles()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("cases.db.data-checked"));

        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.True(loaded.IsSuccess, string.Join("\n", loaded.Problems));
        Assert.Equal(new DataCheckNote(Skipped: false, marker.Path, MarkerProblem: null), loaded.Value.Check);
        Assert.True(marker.Vouches(DataSetLoader.ContentHash(copy.Path)));
        Assert.StartsWith(loaded.Value.Version, DataSetLoader.ContentHash(copy.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnchangedFilesAndMarker_SkipsTheCheck()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("marker"));
        var first = DataSetLoader.Load(copy.Path, marker, trustMarker: true).Value!;

        var second = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.True(second.Value!.Check.Skipped);
        Assert.Equal(first.Version, second.Value.Version);
        Assert.Equal(first.Policies.Values.Sum(p => p.Table.Rules.Count), second.Value.Policies.Values.Sum(p => p.Table.Rules.Count));
    }

    [Fact]
    public void Load_MarkerVouchesForFilesTheCheckRefuses_TheCheckIsNotRun()
    {
        // Proof that a trusted marker stands in for the checks: these files fail them, yet load.
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        ShadowARule(copy);
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(DataSetLoader.ContentHash(copy.Path));

        Assert.True(DataSetLoader.Load(copy.Path, marker, trustMarker: true).Value!.Check.Skipped);
        Assert.Contains(DataSetLoader.Load(copy.Path).Problems, p => p.Message.Contains("never fires", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FilesEditedAfterTheMarker_RunsTheCheckAndFails()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        var marker = new DataCheckMarker(state.File("marker"));
        Assert.True(DataSetLoader.Load(copy.Path, marker, trustMarker: true).IsSuccess);

        ShadowARule(copy);
        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.False(loaded.IsSuccess);
        Assert.Contains(loaded.Problems, p => p.Message.Contains("rule `support-reviewing` never fires", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NotTrustingTheMarker_RunsTheCheckAnyway()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        ShadowARule(copy);
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(DataSetLoader.ContentHash(copy.Path));

        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: false);

        Assert.Contains(loaded.Problems, p => p.Message.Contains("never fires", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MarkerOfAnotherBuild_RunsTheCheckAndRewritesIt()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        new DataCheckMarker(state.File("marker"), "an older build").Remember(DataSetLoader.ContentHash(copy.Path));
        var marker = new DataCheckMarker(state.File("marker"));

        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.False(loaded.Value!.Check.Skipped);
        Assert.True(marker.Vouches(DataSetLoader.ContentHash(copy.Path)));
    }

    [Fact]
    public void Load_ParseProblemEvenWithAMarkerForIt_Fails()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        copy.Edit("understanding/en.yaml", "negated-means: silent", "negated-means: quiet");
        var marker = new DataCheckMarker(state.File("marker"));
        marker.Remember(DataSetLoader.ContentHash(copy.Path));

        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.False(loaded.IsSuccess);
        Assert.Contains(loaded.Problems, p => p.File.EndsWith(Path.Combine("understanding", "en.yaml"), StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MarkerCannotBeWritten_LoadsAndSaysWhy()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        File.WriteAllText(state.File("a-file"), "not a folder");
        var marker = new DataCheckMarker(Path.Combine(state.File("a-file"), "marker"));

        var loaded = DataSetLoader.Load(copy.Path, marker, trustMarker: true);

        Assert.True(loaded.IsSuccess);
        Assert.NotNull(loaded.Value.Check.MarkerProblem);
    }

    [Fact]
    public void Load_WithoutAMarker_IsFullyCheckedAndRemembersNothing()
    {
        Assert.Equal(DataCheckNote.Full, DataSetLoader.Load(RepositoryPaths.Data).Value!.Check);
    }
}
