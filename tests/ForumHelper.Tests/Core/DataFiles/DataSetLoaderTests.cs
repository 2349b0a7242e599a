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
}
