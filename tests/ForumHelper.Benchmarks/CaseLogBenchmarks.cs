using BenchmarkDotNet.Attributes;
using ForumHelper.Core.Cases;
using Microsoft.Extensions.Logging.Abstractions;

namespace ForumHelper.Benchmarks;

/// <summary>
/// Sustained logging: 100,000 cases through the queue into a fresh database, until drained, on
/// each provider (<see cref="BenchmarkDatabase"/>). The baseline writes the same cases straight to
/// the store in one batch, so the ratio is the queue's own cost. Cases per second = 100,000 ÷ the mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class CaseLogBenchmarks
{
    private const int Cases = 100_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private CaseRecord[] _cases = [];
    private BenchmarkDatabase? _database;
    private ICaseStore? _store;

    public static IEnumerable<string> Providers => BenchmarkDatabase.Providers;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Case ids as they were (random 63 bits) and as they are (the millisecond first, <see cref="CaseIds"/>).</summary>
    [Params("random", "time-ordered")]
    public string Ids { get; set; } = "time-ordered";

    [GlobalSetup]
    // Cases arrive in time order, as they do from members; the store keeps them in time order.
    public void Setup()
    {
        var random = new Random(7);
        _cases = [.. SyntheticCases.Generate(Cases, Now, 30).OrderBy(c => c.At)
            .Select(c => c with { Id = Ids == "random" ? random.NextInt64(1, long.MaxValue) : CaseIds.Next(c.At) })];
    }

    [IterationSetup]
    public void OpenFreshDatabase()
    {
        _database = new BenchmarkDatabase(Provider);
        _store = _database.Open();
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        _database?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "100k cases straight to the store, one batch")]
    public void DirectBatch() => _store!.Write([.. _cases.Select(c => new InsertCase(c))]);

    [Benchmark(Description = "100k cases through the queue, drained")]
    public async Task ThroughQueue()
    {
        var log = new CaseLog(_store!, new CaseLogOptions { QueueCapacity = Cases, BatchSize = 500 }, TimeSpan.FromDays(365), NullLogger<CaseLog>.Instance, TimeProvider.System);
        foreach (var record in _cases)
        {
            log.TryEnqueue(new InsertCase(record));
        }

        await log.StopAsync(TimeSpan.FromMinutes(1));
        if (log.Counters.Written != Cases)
        {
            throw new InvalidOperationException($"Only {log.Counters.Written} of {Cases} written.");
        }
    }
}
