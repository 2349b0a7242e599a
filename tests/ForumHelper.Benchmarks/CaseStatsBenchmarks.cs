using System.Data.Common;
using BenchmarkDotNet.Attributes;
using Dapper;
using ForumHelper.Core.Cases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ForumHelper.Benchmarks;

/// <summary>
/// Statistics over one million synthetic cases spread over a year: a 30-day grouping with its
/// previous-period comparison, against the baseline of merely counting the period's cases, on
/// each provider. PostgreSQL runs only when <see cref="PostgresVariable"/> names a server (its
/// own schema there, dropped afterwards); the README says how to start a throwaway one.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CaseStatsBenchmarks
{
    public const string PostgresVariable = "FORUMHELPER_BENCH_POSTGRES";
    private const int Cases = 1_000_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private TempDatabase? _file;
    private string? _schema;
    private string _connectionString = "";
    private ICaseStore _store = null!;
    private CaseStats _stats = null!;

    public static IEnumerable<string> Providers =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)) ? ["sqlite"] : ["sqlite", "postgres"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)!;
            _schema = "bench_" + Guid.NewGuid().ToString("N");
            Run(server, $"CREATE SCHEMA {_schema}");
            _connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ConnectionString;
        }
        else
        {
            _file = new TempDatabase();
            _connectionString = _file.ConnectionString;
        }

        _store = CaseStores.Open(new StorageOptions { Provider = Provider, ConnectionString = _connectionString }).Value!;

        // In time order, as members' cases arrive: PostgreSQL's heap then keeps a period together, as SQLite's time-keyed table does anyway.
        foreach (var chunk in SyntheticCases.Generate(Cases, Now, 365).OrderBy(c => c.At).Chunk(50_000))
        {
            _store.Write([.. chunk.Select(c => new InsertCase(c))]);
        }

        if (Provider == "postgres")
        {
            // What autovacuum does shortly after a bulk load: planner statistics and the visibility map.
            Run(_connectionString, "VACUUM ANALYZE cases");
        }

        _stats = new CaseStats(_store, minGroupSize: 3);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _file?.Dispose();
        if (_schema is not null)
        {
            Run(Environment.GetEnvironmentVariable(PostgresVariable)!, $"DROP SCHEMA {_schema} CASCADE");
        }
    }

    [Benchmark(Baseline = true, Description = "count the 30-day period (1M cases)")]
    public long CountPeriod()
    {
        using var connection = Connect(_connectionString);
        return connection.ExecuteScalar<long>("SELECT count(*) FROM cases WHERE at_ms >= @from AND at_ms < @to",
            new { from = Now.AddDays(-30).ToUnixTimeMilliseconds(), to = Now.ToUnixTimeMilliseconds() });
    }

    [Benchmark(Description = "stats --days 30 --by recommendation (1M cases)")]
    public StatsReport ByRecommendation() => _stats.Report(CaseGrouping.Recommendation, 30, Now);

    [Benchmark(Description = "stats --days 30 --by reason (1M cases)")]
    public StatsReport ByReason() => _stats.Report(CaseGrouping.Reason, 30, Now);

    private DbConnection Connect(string connectionString) =>
        Provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    private void Run(string connectionString, string sql)
    {
        using var connection = Connect(connectionString);
        connection.Execute(sql);
    }
}
