using BenchmarkDotNet.Attributes;
using Dapper;
using ForumHelper.Core.Cases;

namespace ForumHelper.Benchmarks;

/// <summary>
/// Statistics over one million synthetic cases spread over a year: a 30-day grouping with its
/// previous-period comparison, against the baseline of merely counting the period's cases, on
/// each provider (<see cref="BenchmarkDatabase"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CaseStatsBenchmarks
{
    private const int Cases = 1_000_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private BenchmarkDatabase _database = null!;
    private ICaseStore _store = null!;
    private CaseStats _stats = null!;

    public static IEnumerable<string> Providers => BenchmarkDatabase.Providers;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchmarkDatabase(Provider);
        _store = _database.Open();

        // In time order, as members' cases arrive: PostgreSQL's heap then keeps a period together, as SQLite's time-keyed table does anyway.
        foreach (var chunk in SyntheticCases.Generate(Cases, Now, 365).OrderBy(c => c.At).Chunk(50_000))
        {
            _store.Write([.. chunk.Select(c => new InsertCase(c))]);
        }

        if (Provider == "postgres")
        {
            // What autovacuum does shortly after a bulk load: planner statistics and the visibility map.
            _database.Execute("VACUUM ANALYZE cases");
        }

        _stats = new CaseStats(_store, minGroupSize: 3);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Benchmark(Baseline = true, Description = "count the 30-day period (1M cases)")]
    public long CountPeriod()
    {
        using var connection = _database.Connect();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM cases WHERE at_ms >= @from AND at_ms < @to",
            new { from = Now.AddDays(-30).ToUnixTimeMilliseconds(), to = Now.ToUnixTimeMilliseconds() });
    }

    [Benchmark(Description = "stats --days 30 --by recommendation (1M cases)")]
    public StatsReport ByRecommendation() => _stats.Report(CaseGrouping.Recommendation, 30, Now);

    [Benchmark(Description = "stats --days 30 --by reason (1M cases)")]
    public StatsReport ByReason() => _stats.Report(CaseGrouping.Reason, 30, Now);
}
