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

    private const string OriginInWords = "The buyer wants to cancel after I showed him the first draft in chat, and now he doesn't answer.";

    [Fact]
    public void Ask_Text_SaysWhatItReadThenAnswers()
    {
        var (exitCode, output, error) = CliRun.Invoke("ask", "--text", OriginInWords, "--today", "2026-11-26", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Equal("I read this as: the buyer asked to cancel · a draft was shown in chat, not delivered · the buyer has", lines[0]);
        Assert.Equal("  gone quiet", lines[1]);
        Assert.Equal(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, lines[3]);
    }

    [Fact]
    public void Ask_TextJson_HasWhatWasUnderstoodAndItsEvidence()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", "--text", OriginInWords + " It was a $40 logo.", "--json", "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("accept-cancellation", root.GetProperty("recommendation").GetString());
        Assert.Equal("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent value:40", root.GetProperty("ask").GetString());
        var understood = root.GetProperty("understood");
        Assert.Equal("buyer", understood.GetProperty("asked-by").GetString());
        Assert.Equal("draft-in-chat", understood.GetProperty("stage").GetString());
        Assert.Equal(40, understood.GetProperty("value").GetInt32());
        Assert.Equal("$40", root.GetProperty("evidence").GetProperty("value").GetString());
        Assert.Equal("draft in chat", root.GetProperty("evidence").GetProperty("stage").GetString());
        Assert.Equal(0, root.GetProperty("needs").GetArrayLength());
    }

    [Fact]
    public void Ask_PlainJson_HasNoDescriptionFields()
    {
        var (_, output, _) = CliRun.Invoke("ask", Origin, "--json", "--no-log", "--data", RepositoryPaths.Data);

        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("understood", out _));
        Assert.False(json.RootElement.TryGetProperty("needs", out _));
    }

    [Fact]
    public void Ask_TextLeavesARequiredFactUnknown_ExitsThreeWithNeedsAndNoRecommendation()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", "--text", "He ghosted me after I sent the first mockups in the order chat.", "--json", "--data", RepositoryPaths.Data);

        Assert.Equal(3, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("recommendation").ValueKind);
        Assert.Equal(["asked-by"], root.GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("silent", root.GetProperty("understood").GetProperty("buyer").GetString());
    }

    [Fact]
    public void Ask_TextLeavesARequiredFactUnknown_TextSaysWhatIsNeededAndLogsNothing()
    {
        using var folder = new TempFolder();

        var (exitCode, output, _) = CliRun.InvokeWith(StatsVerbTests.Database(folder), "ask", "--text", "the buyer never answers", "--data", RepositoryPaths.Data);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("I read this as: the buyer has gone quiet\n", output);
        Assert.Contains("To answer, I still need: asked-by (who asked to cancel the order: buyer, me, support, chargeback, nobody); stage", output.Replace("\n  ", " ", StringComparison.Ordinal));
        Assert.False(File.Exists(folder.File("cases.db")));
    }

    [Fact]
    public void Ask_TextWithASlashLine_TheOptionsWinAndTheDisagreementIsListed()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", "/cancel-advice stage:delivered", "--text", OriginInWords, "--json", "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.StartsWith("/cancel-advice asked-by:buyer stage:delivered", root.GetProperty("ask").GetString());
        Assert.Equal(["stage"], root.GetProperty("disagreements").EnumerateArray().Select(n => n.GetString()));
        Assert.False(root.GetProperty("understood").TryGetProperty("stage", out _));
    }

    [Fact]
    public void Ask_TextWithASlashLineThatSaysWhatIsMissing_Answers()
    {
        var (exitCode, output, _) = CliRun.Invoke("ask", "/cancel-advice asked-by:buyer", "--text", "He ghosted me after I sent the first mockups in the order chat.", "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("I read this as: a draft was shown in chat, not delivered · the buyer has gone quiet", output);
    }

    [Fact]
    public void Ask_TextAtAnInteractiveTerminal_AsksForTheMissingFactsInsteadOfExitingThree()
    {
        var prompt = new ScriptedPrompt(("asked-by", (int)ForumHelper.Core.Facts.AskedBy.Buyer));
        using var folder = new TempFolder();

        var (exitCode, output, _) = CliRun.InvokeWith(StatsVerbTests.Database(folder), prompt, "ask", "--text", "He ghosted me after I sent the first mockups in the order chat.", "--no-log", "--data", RepositoryPaths.Data);

        Assert.Equal(0, exitCode);
        Assert.Equal(["asked-by"], prompt.Asked);
        Assert.Contains(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, output);
    }

    [Fact]
    public void Ask_SlashLineWithAnUpworkFactAndAFiverrDescription_ExitsTwoAsTheBinderRefusesIt()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", "/cancel-advice contract:hourly", "--text", "On Fiverr, the buyer wants to cancel after I delivered.", "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Contains("`contract` applies to upwork only, and this question is about fiverr.", error);
    }

    [Fact]
    public void Ask_BadOptionBesideText_ExitsTwoNamingIt()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", "/cancel-advice stage:draft", "--text", OriginInWords, "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Contains("Did you mean `draft-in-chat`?", error);
    }

    [Theory]
    [InlineData("ask", "--text", "the", "buyer", "wants", "to", "cancel")]
    [InlineData("ask", "--text", "the", "buyer")]
    public void Ask_TextWithoutQuotes_ExitsTwoWithoutRepeatingIt(params string[] args)
    {
        var (exitCode, output, error) = CliRun.Invoke([.. args, "--data", RepositoryPaths.Data]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("`--text` takes your whole description as one argument, in double quotes", error);
        Assert.DoesNotContain("buyer wants to", error.Replace("the buyer wants to cancel after", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_EmptyText_ExitsTwo()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", "--text", "  ", "--data", RepositoryPaths.Data);

        Assert.Equal(2, exitCode);
        Assert.Contains("`--text` is empty", error);
    }

    [Fact]
    public void Ask_NeitherLineNorText_KeepsTheMissingArgumentMessage()
    {
        var (exitCode, _, error) = CliRun.Invoke("ask", "--json");

        Assert.Equal(2, exitCode);
        Assert.Contains("Required argument missing for command: 'ask'.", error);
    }

    [Fact]
    public void Ask_Text_IsNeverStoredOrLoggedOrRepeated()
    {
        const string Marker = "MARKER-7f3a zebra umbrella";
        using var folder = new TempFolder();
        var settings = StatsVerbTests.Database(folder);
        var text = $"The buyer wants to cancel after I delivered the final files. {Marker}. He says it is not what he expected.";
        var runs = new[]
        {
            CliRun.InvokeWith(settings, "ask", "--text", text, "--data", RepositoryPaths.Data),
            CliRun.InvokeWith(settings, "ask", "--text", text, "--json", "--data", RepositoryPaths.Data),
            CliRun.InvokeWith(settings, "ask", "--text", Marker, "--json", "--data", RepositoryPaths.Data),
            CliRun.InvokeWith(settings, "ask", "/cancel-advice stage:draft", "--text", text, "--data", RepositoryPaths.Data),
            CliRun.InvokeWith(settings, "ask", "--text", Marker, "--data", folder.File("no-such-data")),
        };

        Assert.Equal([0, 0, 3, 2, 1], runs.Select(r => r.ExitCode));
        foreach (var (_, output, error) in runs)
        {
            Assert.DoesNotContain("zebra", output + error, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(File.Exists(folder.File("cases.db")));
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(Contains(bytes, "zebra"u8), $"{Path.GetFileName(file)} holds words of the description");
            Assert.False(Contains(bytes, "MARKER-7f3a"u8), $"{Path.GetFileName(file)} holds words of the description");
        }
    }

    private static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>Answers the questions of an interactive terminal from a script, and remembers which were asked.</summary>
    private sealed class ScriptedPrompt(params (string Fact, int Code)[] answers) : IFactPrompt
    {
        public List<string> Asked { get; } = [];

        public int Choose(ForumHelper.Core.Facts.FactDefinition fact)
        {
            Asked.Add(fact.Name);
            return answers.Single(a => a.Fact == fact.Name).Code;
        }
    }
}
