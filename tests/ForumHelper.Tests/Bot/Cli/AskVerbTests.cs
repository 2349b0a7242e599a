using System.Text.Json;
using ForumHelper.Bot.Cli;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class AskVerbTests
{
    private const string Origin = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected";

    [Fact]
    public void Ask_OriginThread_PrintsRecommendationReasonsPathsAndQuestion()
    {
        var book = RealData.Set.Books["en"];

        var (exitCode, output, error) = CliRun.Invoke("ask", Origin + " orders-60d:20 rate:100", "--today", "2026-11-26", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.StartsWith(book.Recommendations["accept-cancellation"].Title, output);
        Assert.Contains("100% to 95.2%", output.Replace("\n      ", " ", StringComparison.Ordinal));
        Assert.Contains(book.Labels.Question, output);
        foreach (var path in new[] { "accept-cancellation", "decline-cancellation", "ask-support" })
        {
            Assert.Contains(book.Recommendations[path].Label, output);
        }
    }

    [Fact]
    public void Ask_Json_HasTheDocumentedFields()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", Origin + " orders-60d:20 rate:100", "--json", "--today", "2026-11-26", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("accept-cancellation", root.GetProperty("recommendation").GetString());
        Assert.Contains("any-cancellation-counts", root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var accept = root.GetProperty("outcomes")[0];
        Assert.Equal("accept-cancellation", accept.GetProperty("option").GetString());
        Assert.Equal(100, accept.GetProperty("completionRateBefore").GetDouble());
        Assert.Equal(95.238, accept.GetProperty("completionRateAfter").GetDouble());
        Assert.Equal("2027-01-26", accept.GetProperty("recoversOn").GetString());
        Assert.Equal("low", accept.GetProperty("reviewRisk").GetString());
        Assert.Equal("none", accept.GetProperty("warningRisk").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("missingFacts").ValueKind);
        Assert.Equal("stage=draft-delivered", root.GetProperty("confirm")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()));
        Assert.True(root.GetProperty("confident").GetBoolean());
        Assert.Equal(0, root.GetProperty("conflicts").GetArrayLength());
    }

    [Fact]
    public void Ask_ContradictingFactsAndACaseNotBuiltFor_SaySoInJsonAndText()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", "/cancel-advice asked-by:buyer stage:delivered done:none already:dispute-open", "--json", "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("confident").GetBoolean());
        Assert.Equal("delivered-but-unfinished", root.GetProperty("conflicts")[0].GetString());
        Assert.Contains("(!) ", root.GetProperty("text").GetString());
    }

    [Fact]
    public void Ask_MissingFactThatMatters_IsListedInJson()
    {
        var (_, output, _) = CliRun.Invoke("ask", "/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected buyer:responsive", "--json", "--data", RepositoryPaths.Data);

        using var json = JsonDocument.Parse(output);
        var missing = json.RootElement.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("value", missing);
        Assert.Contains("reviews", missing);
    }

    [Theory]
    [InlineData("/cancel-advice asked-by:buyer stage:draft", "Did you mean `draft-in-chat`?")]
    [InlineData("/cancel-advise asked-by:buyer stage:delivered", "Did you mean `/cancel-advice`?")]
    [InlineData("/cancel-advice askedby:buyer stage:delivered", "Did you mean `asked-by`?")]
    [InlineData("/cancel-advice asked-by:buyer stage:delivered rate:150", "outside 0–100")]
    [InlineData("cancel-advice", "starts with the command")]
    public void Ask_BadInput_ExitsTwoWithOneScreenErrorAndNoStackTrace(string line, string expected)
    {
        var (exitCode, output, error) = CliRun.Invoke("ask", line, "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
        Assert.Contains("Example: forumhelper ask", error);
        Assert.DoesNotContain("   at ", error);
        Assert.True(error.Split('\n').Length < 25, error);
    }

    [Fact]
    public void Ask_BadTodayOption_ExitsTwo()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", Origin, "--today", "26/11/2026", "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Contains("--today must be a date like 2026-11-26", error);
    }

    [Fact]
    public void Ask_BrokenDataFolder_ExitsOneAndPointsToCheckData()
    {
        using var copy = TempFolder.WithDataCopy();
        copy.Edit("policies/fiverr.yaml", "recommend: wait", "recommend: wiat");

        var (exitCode, _, error) = CliRun.Invoke("ask", Origin, "--data", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("did you mean `wait`?", error);
    }

    [Fact]
    public void Ask_ByDefault_LogsTheCaseAndMakesAKeyFile()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.InvokeWith(StatsVerbTests.Database(folder), "ask", Origin, "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.True(File.Exists(folder.File("cases.db.key")));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("cases.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT recommendation || ' ' || transport FROM cases";
        Assert.Equal("accept-cancellation cli", command.ExecuteScalar());
    }

    [Fact]
    public void Ask_NoLog_WritesNoDatabase()
    {
        using var folder = new TempFolder();

        var (exitCode, _, _) = CliRun.InvokeWith(StatsVerbTests.Database(folder), "ask", Origin, "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(folder.File("cases.db")));
    }

    [Fact]
    public void Ask_DatabaseUnusable_StillAnswersAndWarns()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("cases.db"), "not a database");

        var (exitCode, output, error) = CliRun.InvokeWith(StatsVerbTests.Database(folder), "ask", Origin, "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.StartsWith(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, output);
        Assert.Contains("warning: this case was not logged", error);
    }

    [Fact]
    public void Run_UnknownVerb_ExitsTwoAndListsVerbs()
    {
        var (exitCode, _, error) = CliRun.Invoke("advise", Origin);

        Assert.Equal(2, exitCode);
        Assert.Contains("Verbs: ask, check-data, check-cases, stats, forget, serve, register-commands, dev-keys, send-sample", error);
    }

    [Fact]
    public void Ask_LineWithoutQuotes_ExitsTwoSayingTheWholeLineNeedsQuotes()
    {
        var (exitCode, output, error) = CliRun.Invoke("ask", "/cancel-advice", "asked-by:buyer", "stage:delivered", "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("whole /cancel-advice line as one argument, in double quotes", error);
        Assert.Contains("forumhelper ask \"/cancel-advice asked-by:buyer stage:delivered\"", error);
        Assert.Contains($"Example: forumhelper ask \"{AskVerb.Example}\"", error);
        Assert.DoesNotContain("Unrecognized", error);
    }

    [Fact]
    public void Ask_InvalidSetting_ExitsTwoNamingTheSetting()
    {
        using var folder = new TempFolder();

        var (exitCode, output, error) = CliRun.InvokeWith(StatsVerbTests.Database(folder, ("Privacy:MinGroupSize", "0")), "ask", Origin, "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Privacy:MinGroupSize must be 1–1000", error);
    }

    [Fact]
    public void Ask_QuotedLineAndUnknownOption_KeepsTheUnknownOptionMessage()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", Origin, "--jsn", "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Contains("--jsn", error);
        Assert.DoesNotContain("in double quotes", error);
    }
}
