using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class StatsVerbTests
{
    // Cases asked today count from tomorrow: a report covers whole UTC days up to yesterday.
    private static readonly string Tomorrow = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private const string Origin = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected";

    [Fact]
    public void Stats_EmptyDatabase_SaysSoHonestly()
    {
        using var folder = new TempFolder();

        var (exitCode, output, _) = CliRun.InvokeWith(Database(folder), "stats");

        Assert.Equal(0, exitCode);
        Assert.Equal("No cases in the last 30 days.\n", output);
    }

    [Fact]
    public void Stats_CasesAskedFromTheTerminal_AreLeftOutAndSaidSoInOneLine()
    {
        using var folder = new TempFolder();
        var settings = Database(folder, ("Privacy:MinGroupSize", "1"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRun.InvokeWith(settings, "ask", Origin, "--data", RepositoryPaths.Data).ExitCode);
        }

        var (exitCode, output, _) = CliRun.InvokeWith(settings, "stats", "--days", "7", "--today", Tomorrow);

        Assert.Equal(0, exitCode);
        Assert.Equal("No cases in the last 7 days.\n3 cases asked from the terminal are left out; --source all counts them.\n", output);
    }

    [Fact]
    public void Stats_CaseAskedToday_CountsFromTomorrowOnly()
    {
        using var folder = new TempFolder();
        var settings = Database(folder, ("Privacy:MinGroupSize", "1"));
        Assert.Equal(0, CliRun.InvokeWith(settings, "ask", Origin, "--data", RepositoryPaths.Data).ExitCode);

        var today = CliRun.InvokeWith(settings, "stats", "--source", "all", "--format", "csv");
        var tomorrow = CliRun.InvokeWith(settings, "stats", "--source", "all", "--format", "csv", "--today", Tomorrow);

        Assert.Equal("group,count,share,previous_count,change,withheld,previous_withheld", today.Out.TrimEnd());
        Assert.Contains("accept-cancellation,1,", tomorrow.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_TodayNotADate_SaysWhatADateLooksLike()
    {
        var (exitCode, _, error) = CliRun.Invoke("stats", "--today", "tomorrow");

        Assert.Equal(2, exitCode);
        Assert.Contains("--today must be a date like 2026-11-26, not `tomorrow`", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("terminal")]
    public void Stats_SourceAllOrTerminal_CountsCasesAskedFromTheTerminal(string source)
    {
        using var folder = new TempFolder();
        var settings = Database(folder, ("Privacy:MinGroupSize", "1"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRun.InvokeWith(settings, "ask", Origin, "--data", RepositoryPaths.Data).ExitCode);
        }

        var (exitCode, output, error) = CliRun.InvokeWith(settings, "stats", "--days", "7", "--format", "csv", "--source", source, "--today", Tomorrow);

        Assert.Equal(0, exitCode);
        Assert.Contains("accept-cancellation,3,1.0000,0,3,false", output);
        Assert.DoesNotContain("left out", output + error);
    }

    [Fact]
    public void Stats_CsvWithCasesLeftOut_SaysSoOnStandardErrorOnly()
    {
        using var folder = new TempFolder();
        var settings = Database(folder);
        Assert.Equal(0, CliRun.InvokeWith(settings, "ask", Origin, "--data", RepositoryPaths.Data).ExitCode);

        var (exitCode, output, error) = CliRun.InvokeWith(settings, "stats", "--format", "csv", "--today", Tomorrow);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("left out", output);
        Assert.Contains("1 case asked from the terminal is left out; --source all counts it.", error);
    }

    [Fact]
    public void Stats_ChartIntoAFolderThatDoesNotExist_ExitsTwoNamingTheFolder()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such-folder");

        var (exitCode, output, error) = CliRun.InvokeWith(Database(folder), "stats", "--chart", Path.Combine(missing, "chart.png"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"--chart: the folder {missing} does not exist", error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Stats_ChartIsAFolder_ExitsTwo()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.InvokeWith(Database(folder), "stats", "--chart", folder.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("--chart must name a PNG file", error);
    }

    [Fact]
    public void Stats_Chart_WritesAPng()
    {
        using var folder = new TempFolder();
        var settings = Database(folder);
        CliRun.InvokeWith(settings, "ask", Origin, "--data", RepositoryPaths.Data);

        var (exitCode, _, error) = CliRun.InvokeWith(settings, "stats", "--chart", folder.File("chart.png"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Chart written to", error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(folder.File("chart.png"))[..4]);
    }

    [Theory]
    [InlineData("--days", "0", "--days must be a whole number of days from 1 to 3650")]
    [InlineData("--days", "-5", "--days must be a whole number of days from 1 to 3650")]
    [InlineData("--days", "99999", "--days must be a whole number of days from 1 to 3650")]
    [InlineData("--by", "recomendation", "Did you mean `recommendation`?")]
    [InlineData("--by", "colour", "--by must be one of recommendation, reason, stage, asked-by, buyer, marketplace, answer-version, feedback")]
    [InlineData("--format", "xml", "--format must be one of table, csv, json")]
    [InlineData("--source", "cli", "--source must be one of discord, terminal, all")]
    public void Stats_BadOption_ExitsTwoNamingWhatIsValid(string option, string value, string message)
    {
        var (exitCode, output, error) = CliRun.Invoke("stats", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Stats_DaysNotANumber_ExitsTwo()
    {
        var (exitCode, _, error) = CliRun.Invoke("stats", "--days", "thirty");

        Assert.Equal(2, exitCode);
        Assert.Contains("thirty", error);
    }

    [Fact]
    public void Stats_CorruptDatabase_NamesThePathAndLeavesItAlone()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("cases.db"), "this is not a database, just some text that happens to be here\n");

        var (exitCode, _, error) = CliRun.InvokeWith(Database(folder), "stats");

        Assert.Equal(1, exitCode);
        Assert.Contains(folder.File("cases.db"), error);
        Assert.Contains("left untouched", error);
        Assert.StartsWith("this is not a database", File.ReadAllText(folder.File("cases.db")));
    }

    [Fact]
    public void Stats_InvalidSetting_ExitsTwoNamingTheSetting()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.InvokeWith(Database(folder, ("Privacy:MinGroupSize", "0")), "stats");

        Assert.Equal(2, exitCode);
        Assert.Contains("Privacy:MinGroupSize must be 1–1000", error);
    }

    internal static Microsoft.Extensions.Configuration.IConfiguration Database(TempFolder folder, params (string Key, string Value)[] more) =>
        CliRun.Configuration([("Storage:ConnectionString", $"Data Source={folder.File("cases.db")}"), .. more]);
}
