using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Npgsql;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>
/// The PostgreSQL server failing under the case log: its connections killed (a restart, a
/// failover, an operator's pg_terminate_backend) and the server out of reach for a while.
/// </summary>
[Trait("Provider", "postgres")]
public sealed class PostgresCaseStoreFaultTests : IDisposable
{
    private readonly PostgresSchema _schema = new();

    public void Dispose() => _schema.Dispose();

    [Fact]
    public async Task CaseLog_ServerKillsTheStoresConnections_RetriesAndWritesEveryCaseOnce()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(_schema.ConnectionString) { ApplicationName = _schema.Name }.ConnectionString;
        using var store = Open(connectionString);
        await using var log = NewLog(store, TimeProvider.System);
        log.TryEnqueue(new InsertCase(Case(at: DateTimeOffset.UtcNow)));
        await WaitUntilAsync(() => log.Counters.Written == 1, "the first case is written");

        var killed = _schema.Scalar($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{_schema.Name}'");
        Enumerable.Range(0, 50).ToList().ForEach(_ => log.TryEnqueue(new InsertCase(Case(at: DateTimeOffset.UtcNow))));
        await WaitUntilAsync(() => log.Counters.Written == 51, "the cases queued after the kill are written");

        Assert.True(killed >= 1, "the store kept no connection to kill");
        Assert.Equal(0, log.Counters.Lost);
        Assert.Equal(51, _schema.Scalar("SELECT count(*) FROM cases"));
    }

    [Fact]
    public async Task CaseLog_ServerOutOfReachForAWhile_QueuesSaysWhyAndWritesEveryCaseWhenItReturns()
    {
        var server = new NpgsqlConnectionStringBuilder(_schema.ConnectionString);
        await using var relay = TcpRelay.To("127.0.0.1", server.Port);
        server.Port = relay.Port;
        server.Timeout = 2;
        using var store = Open(server.ConnectionString);
        await using var log = NewLog(store, TimeProvider.System);
        log.TryEnqueue(new InsertCase(Case(at: DateTimeOffset.UtcNow)));
        await WaitUntilAsync(() => log.Counters.Written == 1, "the first case is written");

        relay.Cut();
        Enumerable.Range(0, 20).ToList().ForEach(_ => log.TryEnqueue(new InsertCase(Case(at: DateTimeOffset.UtcNow))));
        await WaitUntilAsync(() => log.Problem is not null && log.Counters.FailedAttempts >= 2, "the writer retries and says why");
        var problem = log.Problem;
        var writtenDuringOutage = log.Counters.Written;
        relay.Restore();
        await WaitUntilAsync(() => log.Counters.Written == 21, "the queued cases are written once the server is back", TimeSpan.FromSeconds(20));

        Assert.Equal(1, writtenDuringOutage);
        Assert.Contains($"127.0.0.1:{relay.Port}", problem);
        Assert.Null(log.Problem);
        Assert.Equal(0, log.Counters.Lost);
        Assert.Equal(21, _schema.Scalar("SELECT count(*) FROM cases"));
    }

    private static ICaseStore Open(string connectionString)
    {
        var opened = CaseStores.Open(new StorageOptions { Provider = "postgres", ConnectionString = connectionString });
        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        return opened.Value;
    }
}
