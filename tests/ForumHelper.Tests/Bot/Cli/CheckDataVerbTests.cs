using ForumHelper.Bot.Hosting;
using ForumHelper.Core.DataFiles;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class CheckDataVerbTests
{
    [Fact]
    public void CheckData_RepositoryData_IsClean()
    {
        var (exitCode, output, _) = CliRun.Invoke("check-data", RepositoryPaths.Data);

        Assert.True(exitCode == 0, output);
        Assert.Contains("OK", output);
    }

    [Fact]
    public void CheckData_BrokenPolicy_ReportsFileAndLine()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("policies/fiverr.yaml", "recommend: request-extension");
        copy.Edit("policies/fiverr.yaml", "recommend: request-extension", "recommend: request-extention");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"fiverr.yaml:{line}: rule `silent-buyer-deadline-ahead` recommends `request-extention`, which is not a path of this policy; did you mean `request-extension`?", output);
    }

    [Fact]
    public void CheckData_BrokenAnswers_ReportsUnknownPlaceholderWithLine()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("answers/en.yaml", "{recovers_on}");
        copy.Edit("answers/en.yaml", "{recovers_on}", "{recovers_at}");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"en.yaml:{line}: ", output);
        Assert.Contains("`{recovers_at}`, which is not a placeholder; did you mean `{recovers_on}`?", output);
    }

    [Fact]
    public void CheckData_PlaceholderInATitle_ReportsThatTitlesArePlainText()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("answers/en.yaml", "title: \"Accept the cancellation\"");
        copy.Edit("answers/en.yaml", "title: \"Accept the cancellation\"", "title: \"Accept the {marketplace} cancellation\"");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"en.yaml:{line}: `title` of recommendation `accept-cancellation` is plain text, so `{{marketplace}}` would be shown as typed", output);
    }

    [Fact]
    public void CheckData_BrokenGoldenCase_ReportsFileAndLine()
    {
        using var copy = TempFolder.WithDataCopy();
        var caseFile = Path.GetRelativePath(copy.Path, Directory.GetFiles(copy.File("cases"), "01-*.yaml").Single());
        var line = copy.LineOf(caseFile, "ask:");
        copy.Edit(caseFile, "stage:draft-in-chat", "stage:draft-in-chatt");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Path.GetFileName(caseFile)}:{line}: `ask` does not parse: `draft-in-chatt` is not a valid `stage`. Did you mean `draft-in-chat`?", output);
    }

    [Fact]
    public void CheckData_YamlSyntaxError_ReportsLine()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("policies/upwork.yaml", "questions:");
        copy.Edit("policies/upwork.yaml", "questions: [", "questions: [[");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Matches($@"upwork\.yaml:{line}: YAML syntax", output);
    }

    [Fact]
    public void CheckData_ReasonWithoutText_ReportsTheRule()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("policies/fiverr.yaml", "id: chargeback");
        copy.Edit("policies/fiverr.yaml", "reasons: [chargeback-money-gone,", "reasons: [chargeback-money-gone, made-up-reason,");

        var (_, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Contains($"fiverr.yaml:{line}: rule `chargeback` gives reason `made-up-reason`, which has no text in", output);
    }

    [Fact]
    public void CheckData_SituationsNoRuleAnswers_AreReportedWithAnExample()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("policies/fiverr.yaml", "    when: { asked-by: nobody }\n    recommend: deliver-properly", "    when: { asked-by: nobody, buyer: responsive }\n    recommend: deliver-properly");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"fiverr\.yaml:\d+: \d+ of \d+ situations reach no rule, e\.g\. /cancel-advice asked-by:nobody", output);
    }

    [Fact]
    public void CheckData_ShadowedRule_IsReportedAsNeverFiring()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("policies/fiverr.yaml", "id: support-reviewing");
        copy.Edit("policies/fiverr.yaml", "    when: { asked-by: chargeback }\n    recommend: ask-support", "    when: { asked-by: [chargeback, support] }\n    recommend: ask-support");

        var (_, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Contains($"fiverr.yaml:{line}: rule `support-reviewing` never fires", output);
    }

    [Fact]
    public void CheckData_MarkerBesideTheDatabaseVouchesForTheFiles_StillChecksThem()
    {
        using var copy = TempFolder.WithDataCopy();
        using var state = new TempFolder();
        copy.Edit("policies/fiverr.yaml", "    when: { asked-by: chargeback }\n    recommend: ask-support", "    when: { asked-by: [chargeback, support] }\n    recommend: ask-support");
        var database = state.File("cases.db");
        new DataCheckMarker(database + DataCheckMarkerLocation.Suffix).Remember(DataSetLoader.ContentHash(copy.Path));

        var (exitCode, output, _) = CliRun.InvokeWith(CliRun.Configuration(("Storage:ConnectionString", $"Data Source={database}")), "check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("rule `support-reviewing` never fires", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckData_AnswerOverEmbedLimit_IsReported()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("answers/en.yaml", "\nreasons:\n", $"\nreasons:\n  very-long-reason: \"{new string('x', 4200)}\"\n");
        copy.Edit("policies/fiverr.yaml", "reasons: [chargeback-money-gone,", "reasons: [very-long-reason, chargeback-money-gone,");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("over the 4096 an embed allows", output);
    }

    [Fact]
    public void CheckData_RecommendationWithUnknownFamily_NamesTheValidFamilies()
    {
        using var copy = TempFolder.WithDataCopy();
        var line = copy.LineOf("answers/en.yaml", "    family: defend");
        copy.Edit("answers/en.yaml", "    family: defend", "    family: defence");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"en.yaml:{line}: `family` of recommendation `decline-cancellation` is `defence`, which `families` does not define; valid: let-go, defend, support, deliver, settle, wait", output);
    }

    [Fact]
    public void CheckData_BriefOutcomeMissing_NamesTheKey()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("answers/en.yaml", "    already-taken: \"money already taken back\"\n", "");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("already-taken", output);
        Assert.Contains("`briefs.money`", output);
    }

    [Fact]
    public void CheckData_UnderstandingPatternThatDoesNotCompile_ReportsFileAndLine()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("understanding/en.yaml", "        - \"work diary\"\n", "        - \"work diary\"\n        - { regex: 'hours (billed' }\n");
        var line = copy.LineOf("understanding/en.yaml", "hours (billed");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"en.yaml:{line}: the regex of `contract: hourly` does not compile", output);
    }

    [Fact]
    public void CheckData_UnderstandingExampleThatReadsWrong_ReportsFileAndLine()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("understanding/en.yaml", "reads: { value: 40, due-in-hours: 6,", "reads: { value: 45, due-in-hours: 6,");
        var line = copy.LineOf("understanding/en.yaml", "- text: \"$40 order, due in 6 hours");

        var (exitCode, output, _) = CliRun.Invoke("check-data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Path.Combine("understanding", "en.yaml")}:{line}: the example reads `value` as `40` (from \"$40\"); expected `45`", output);
    }

    [Fact]
    public void CheckData_RepositoryData_CountsTheExamplesAndTheTextCases()
    {
        var (_, output, _) = CliRun.Invoke("check-data", RepositoryPaths.Data);

        Assert.Matches(@"an understanding file \(\d+ examples read as they say\), \d+ golden cases \(\d+ of them descriptions\)", output);
    }

    [Fact]
    public void CheckData_MissingFolder_ExitsTwoWithMessage()
    {
        var (exitCode, _, error) = CliRun.Invoke("check-data", "/nonexistent/forumhelper-data");

        Assert.Equal(2, exitCode);
        Assert.Contains("no such folder", error);
    }
}
