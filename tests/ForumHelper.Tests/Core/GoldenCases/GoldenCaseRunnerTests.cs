using ForumHelper.Core.GoldenCases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.GoldenCases;

public class GoldenCaseRunnerTests
{
    public static TheoryData<string> CaseFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Cases, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Run_GoldenCase_MeetsItsExpectations(string fileName)
    {
        var file = ForumHelper.Core.Yaml.YamlFile.Read(Path.Combine(RepositoryPaths.Cases, fileName), fileName);
        var golden = GoldenCaseLoader.Load(file);
        Assert.Empty(file.Problems);

        var result = GoldenCaseRunner.Run(golden!, RealData.Set);

        Assert.True(result.Passed, $"{golden!.Name}\n{golden.Ask}\n" + string.Join("\n", result.Failures));
    }

    [Fact]
    public void LoadFolder_RepositoryCases_HasAtLeastTwentyFiveStartingWithTheOrigin()
    {
        var (cases, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);

        Assert.Empty(problems);
        Assert.True(cases.Count >= 25, $"{cases.Count} golden cases");
        Assert.Equal("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected", cases[0].Ask);
    }
}
