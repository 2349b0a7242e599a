using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class ForgetVerbTests
{
    [Fact]
    public void Forget_AfterTwoAskedCases_DeletesBothOfThisUser()
    {
        using var folder = new TempFolder();
        var settings = StatsVerbTests.Database(folder, ("Privacy:MinGroupSize", "1"));
        CliRun.InvokeWith(settings, "ask", "/cancel-advice asked-by:buyer stage:delivered", "--data", RepositoryPaths.Data);
        CliRun.InvokeWith(settings, "ask", "/cancel-advice asked-by:me stage:in-progress", "--data", RepositoryPaths.Data);

        var (exitCode, output, _) = CliRun.InvokeWith(settings, "forget");

        Assert.Equal(0, exitCode);
        Assert.Equal("Deleted 2 cases of that member.\n", output);
        Assert.Equal("No cases in the last 30 days.\n", CliRun.InvokeWith(settings, "stats", "--source", "all").Out);
    }

    [Fact]
    public void Forget_AnotherMember_LeavesThisUsersCases()
    {
        using var folder = new TempFolder();
        var settings = StatsVerbTests.Database(folder);
        CliRun.InvokeWith(settings, "ask", "/cancel-advice asked-by:buyer stage:delivered", "--data", RepositoryPaths.Data);

        var (_, output, _) = CliRun.InvokeWith(settings, "forget", "--member", "112233445566778899");

        Assert.Equal("Deleted 0 cases of that member.\n", output);
    }

    [Fact]
    public void Forget_InvalidSetting_ExitsTwoNamingTheSetting()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.InvokeWith(StatsVerbTests.Database(folder, ("Privacy:RetentionDays", "0")), "forget");

        Assert.Equal(2, exitCode);
        Assert.Contains("Privacy:RetentionDays", error);
    }
}
