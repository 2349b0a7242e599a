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
        var cases = GoldenCaseLoader.LoadAll(file);
        Assert.Empty(file.Problems);
        Assert.NotEmpty(cases);

        var failed = cases.Select(golden => GoldenCaseRunner.Run(golden, RealData.Set)).Where(result => !result.Passed)
            .Select(result => $"{result.Case.Name}\n{result.Case.Ask}\n" + string.Join("\n", result.Failures)).ToList();

        Assert.True(failed.Count == 0, string.Join("\n\n", failed));
    }

    [Fact]
    public void Uncovered_RepositoryCases_HoldEveryRuleAndNoteInPlace()
    {
        var (cases, _) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);

        var uncovered = GoldenCaseCoverage.Uncovered(cases, RealData.Set);

        Assert.True(uncovered.Count == 0, string.Join("\n", uncovered));
    }

    [Fact]
    public void Uncovered_NoCases_NamesEveryRuleAndNote()
    {
        var uncovered = GoldenCaseCoverage.Uncovered([], RealData.Set);

        var expected = RealData.Set.Policies.Values.Sum(p => p.Table.Rules.Count + p.Table.Notes.Count);
        Assert.Equal(expected, uncovered.Count);
    }

    [Fact]
    public void LoadAll_FileWithACasesList_ReadsEachCaseWithItsLine()
    {
        var file = ForumHelper.Core.Yaml.YamlFile.FromText("list.yaml", """
            cases:
              - name: one
                ask: /cancel-advice asked-by:buyer stage:delivered
                expect: { recommendation: [decline-cancellation] }
              - name: two
                ask: /cancel-advice asked-by:me stage:not-started
                expect: { recommendation: [ask-support] }
            """);

        var cases = GoldenCaseLoader.LoadAll(file);

        Assert.Empty(file.Problems);
        Assert.Equal(["one", "two"], cases.Select(c => c.Name));
        Assert.Equal([2, 5], cases.Select(c => c.Line));
    }

    [Fact]
    public void LoadFolder_RepositoryCases_HasAtLeastHundredTwentyStartingWithTheOrigin()
    {
        var (cases, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);

        Assert.Empty(problems);
        Assert.True(cases.Count >= 120, $"{cases.Count} golden cases");
        Assert.Equal("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected", cases[0].Ask);
    }
}
