using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>Building, serving and stopping the endpoint: bad settings stop the start with a plain message; a stop loses no case.</summary>
public sealed class ServeHostTests
{
    [Theory]
    [InlineData("")]
    [InlineData("MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.bot-token-looking-value")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Build_PublicKeyNotSixtyFourHex_FailsNamingTheSetting(string publicKey)
    {
        using var state = new TempFolder();

        var built = ServeHost.Build(Settings(state, ("Discord:PublicKey", publicKey)), RepositoryPaths.Data, TimeProvider.System);

        Assert.False(built.IsSuccess);
        Assert.Contains(built.Problems, p => p.Contains("Discord:PublicKey", StringComparison.Ordinal) && p.Contains("64 hex", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Discord:MaxClockSkewSeconds", "0")]
    [InlineData("Discord:AdvicePerMinute", "0")]
    [InlineData("Storage:MaxSizeMegabytes", "-1")]
    [InlineData("Storage:MaxSizeMegabytes", "1048577")]
    public void Build_LimitOutOfRange_FailsNamingTheSetting(string key, string value)
    {
        using var state = new TempFolder();

        var built = ServeHost.Build(Settings(state, (key, value)), RepositoryPaths.Data, TimeProvider.System);

        Assert.False(built.IsSuccess);
        Assert.Contains(built.Problems, p => p.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MaxSizeMegabytesNegative_FailsNamingTheValidRange()
    {
        using var state = new TempFolder();

        var built = ServeHost.Build(Settings(state, ("Storage:MaxSizeMegabytes", "-5")), RepositoryPaths.Data, TimeProvider.System);

        Assert.False(built.IsSuccess);
        Assert.Contains("Storage:MaxSizeMegabytes must be 0 (no limit) or 1–1048576 megabytes", built.Problems);
    }

    [Fact]
    public void Build_BrokenDataFolder_FailsPointingAtCheckData()
    {
        using var state = new TempFolder();
        using var data = TempFolder.WithDataCopy();
        File.WriteAllText(data.File("answers/en.yaml"), "locale: en\nlabels: [");

        var built = ServeHost.Build(Settings(state), data.Path, TimeProvider.System);

        Assert.False(built.IsSuccess);
        Assert.Contains("check-data", built.Problems[0], StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Build_RestartWithTheSameDataAndDatabase_LogsThatTheCheckWasSkipped()
    {
        using var state = new TempFolder();
        using var data = TempFolder.WithDataCopy();
        var logs = new FakeLogCollector();

        await using (var first = ServeHost.Build(Settings(state), data.Path, TimeProvider.System, new FakeLoggerProvider(logs)).Value!)
        {
            logs.AssertLogged(LogLevel.Information, "fully checked; remembered in", state.File("cases.db") + DataCheckMarkerLocation.Suffix);
        }

        logs.Clear();
        await using var second = ServeHost.Build(Settings(state), data.Path, TimeProvider.System, new FakeLoggerProvider(logs)).Value!;

        logs.AssertLogged(LogLevel.Information, "the full check was skipped", state.File("cases.db") + DataCheckMarkerLocation.Suffix);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task StopAsync_RightAfterAnswers_EveryCaseIsInTheDatabase()
    {
        await using var server = await InteractionServer.StartAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin))).CaseId);
        }

        await server.App.StopAsync();

        Assert.All(ids, id => Assert.NotNull(server.Storage.Store.Find(id)));
    }

    private static IConfiguration Settings(TempFolder state, params (string Key, string Value)[] overrides)
    {
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Discord:PublicKey"] = ForumHelper.Bot.Discord.DevelopmentKeys.Create().PublicHex,
            ["Storage:ConnectionString"] = $"Data Source={state.File("cases.db")}",
        };
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
