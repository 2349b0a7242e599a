using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class CheckCasesVerbTests
{
    [Fact]
    public void CheckCases_RepositoryCases_AllPass()
    {
        var (exitCode, output, _) = CliRun.Invoke("check-cases", RepositoryPaths.Cases, "--data", RepositoryPaths.Data);

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"\d+ passed, 0 failed", output);
    }

    [Fact]
    public void CheckCases_DataFolderGiven_RunsItsCasesAgainstItsFiles()
    {
        using var data = TempFolder.WithDataCopy();
        File.WriteAllText(Path.Combine(data.Path, "cases", "zz-wrong.yaml"), """
            name: Expects the opposite of the origin answer
            ask: /cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected
            expect:
              recommendation: [decline-cancellation]
            """);

        var (exitCode, output, _) = CliRun.Invoke("check-cases", data.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Expects the opposite of the origin answer", output);
        Assert.Matches(@"\d+ passed, 1 failed", output);
    }

    [Fact]
    public void CheckCases_WrongExpectation_PrintsFailureAndCounts()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("wrong.yaml"), """
            name: Expects the opposite of the origin answer
            ask: /cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected
            expect:
              recommendation: [decline-cancellation]
              reasons: [no-such-reason]
              missing: [value]
            """);

        var (exitCode, output, _) = CliRun.Invoke("check-cases", folder.Path, "--data", RepositoryPaths.Data);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL", output);
        Assert.Contains("recommends `accept-cancellation` (rule `draft-buyer-unhappy-or-silent`), expected `decline-cancellation`", output);
        Assert.Contains("lacks reason `no-such-reason`", output);
        Assert.Contains("does not ask about `value`", output);
        Assert.Contains("0 passed, 1 failed", output);
    }

    [Fact]
    public void CheckCases_TextCaseMisread_PrintsTheTextAndEachWrongOrMissingFact()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("text"));
        File.WriteAllText(folder.File("text/wrong.yaml"), """
            cases:
              - name: Expects a delivery where the text says a draft in chat
                text: "The buyer wants to cancel after I showed him the first draft in chat"
                expect:
                  facts: { asked-by: buyer, stage: delivered, value: 40 }
                  recommendation: [decline-cancellation]
            """);

        var (exitCode, output, _) = CliRun.Invoke("check-cases", folder.Path, "--data", RepositoryPaths.Data);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"FAIL \S*wrong\.yaml: Expects a delivery where the text says a draft in chat", output);
        Assert.Contains("     \"The buyer wants to cancel after I showed him the first draft in chat\"", output);
        Assert.Contains("     - `stage`: read as `draft-in-chat` (from \"draft in chat\"), expected `delivered`", output);
        Assert.Contains("     - `value`: not read, expected `40`", output);
        Assert.Contains("0 passed, 1 failed", output);
    }

    [Fact]
    public void CheckCases_MissingFolder_ExitsTwoNamingTheFolder()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such-cases");

        var (exitCode, output, error) = CliRun.Invoke("check-cases", missing, "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(missing + ": no such folder", error);
    }
}
