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

    public static TheoryData<string> TextCaseFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Cases, GoldenCaseLoader.TextFolder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextCaseFiles))]
    public void Run_TextCase_ReadsAndAnswersAsExpected(string fileName)
    {
        var file = ForumHelper.Core.Yaml.YamlFile.Read(Path.Combine(RepositoryPaths.Cases, GoldenCaseLoader.TextFolder, fileName), fileName);
        var cases = GoldenCaseLoader.LoadAll(file);
        Assert.Empty(file.Problems);
        Assert.All(cases, c => Assert.NotNull(c.Text));

        var failed = cases.Select(golden => GoldenCaseRunner.Run(golden, RealData.Set)).Where(result => !result.Passed)
            .Select(result => $"{result.Case.Name}\n{result.Case.Question}\n" + string.Join("\n", result.Failures)).ToList();

        Assert.True(failed.Count == 0, string.Join("\n\n", failed));
    }

    [Fact]
    public void LoadFolder_WithSubfolders_HasAtLeastEightyTextCasesAfterTheSlashLineCases()
    {
        var (cases, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases, withSubfolders: true);

        Assert.Empty(problems);
        Assert.True(cases.Count(c => c.Text is not null) >= 80, $"{cases.Count(c => c.Text is not null)} text cases");
        Assert.Equal(cases.Count(c => c.Text is null), cases.TakeWhile(c => c.Text is null).Count());
    }

    [Theory]
    [InlineData("facts: { asked-by: buyer, stage: delivered }", "`stage`: read as `draft-in-chat` (from \"draft in chat\"), expected `delivered`")]
    [InlineData("facts: { asked-by: buyer, stage: draft-in-chat, buyer: unknown }", "`buyer`: read as `silent` (from \"doesn't answer\"), expected it unknown")]
    [InlineData("facts: { asked-by: buyer, stage: draft-in-chat }", "`buyer`: read as `silent` (from \"doesn't answer\"), expected no such fact")]
    [InlineData("facts: { asked-by: buyer, stage: draft-in-chat, buyer: silent, value: 40 }", "`value`: not read, expected `40`")]
    public void Run_TextCaseMisread_NamesEachWrongOrMissingFact(string facts, string failure)
    {
        var file = ForumHelper.Core.Yaml.YamlFile.FromText("text.yaml", $$"""
            name: origin in words
            text: "The buyer wants to cancel after I showed him the first draft in chat and now he doesn't answer"
            expect:
              {{facts}}
              recommendation: [accept-cancellation]
            """);
        var golden = GoldenCaseLoader.LoadAll(file).Single();
        Assert.Empty(file.Problems);

        var result = GoldenCaseRunner.Run(golden, RealData.Set);

        Assert.Contains(result.Failures, f => f.StartsWith(failure, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TextCaseWithOptions_TheOptionsWinAndNeedsAreChecked()
    {
        var file = ForumHelper.Core.Yaml.YamlFile.FromText("text.yaml", """
            name: a silent buyer, who asked is chosen
            text: "He ghosted me after I sent the first mockups in the order chat."
            ask: /cancel-advice asked-by:buyer
            expect:
              facts: { buyer: silent, stage: draft-in-chat }
              recommendation: [accept-cancellation]
            """);
        var golden = GoldenCaseLoader.LoadAll(file).Single();

        Assert.True(GoldenCaseRunner.Run(golden, RealData.Set).Passed);
    }

    [Fact]
    public void Run_TextCaseThatStillNeedsAFact_SaysWhatItNeeds()
    {
        var file = ForumHelper.Core.Yaml.YamlFile.FromText("text.yaml", """
            name: a silent buyer, nobody said who asked
            text: "He ghosted me after I sent the first mockups in the order chat."
            expect:
              facts: { buyer: silent, stage: draft-in-chat }
              recommendation: [accept-cancellation]
            """);
        var golden = GoldenCaseLoader.LoadAll(file).Single();

        Assert.Contains("needs `asked-by`, expected nothing", GoldenCaseRunner.Run(golden, RealData.Set).Failures);
    }

    [Theory]
    [InlineData("facts: { stage: drafted }\n  needs: [asked-by]", "`facts.stage`: `drafted` is not a valid `stage`")]
    [InlineData("facts: { stagе: delivered }\n  needs: [asked-by]", "is not a fact")]
    [InlineData("facts: {}\n  needs: [buyer]", "`buyer` is not required")]
    [InlineData("facts: {}\n  needs: [asked-by]\n  recommendation: [wait]", "cannot expect a `recommendation`")]
    [InlineData("recommendation: [wait]", "needs `facts`")]
    public void Load_BrokenTextCase_IsReported(string expect, string message)
    {
        var file = ForumHelper.Core.Yaml.YamlFile.FromText("text.yaml", $"name: broken\ntext: \"the buyer wants to cancel\"\nexpect:\n  {expect}\n");

        GoldenCaseLoader.LoadAll(file);

        Assert.Contains(file.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
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
