using System.Globalization;
using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Benchmarks;

/// <summary>
/// The per-member rate limit met by 100,000 members, each asking once then once more (10 a minute):
/// the framework's partitioned token buckets (what the bot used before, the baseline) against
/// <see cref="MemberRateLimiter"/>. Allocated ÷ 100,000 is about what each member costs while
/// remembered; the time is per request.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class MemberRateLimitBenchmarks
{
    private const int Members = 100_000;
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(6);

    // Pseudonyms are 32 hex characters (Pseudonymizer.For).
    private readonly string[] _members = [.. Enumerable.Range(0, Members).Select(i => i.ToString("x32", CultureInfo.InvariantCulture))];

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * Members)]
    public int PartitionedTokenBuckets()
    {
        using var limiter = PartitionedRateLimiter.Create<string, string>(member => RateLimitPartition.GetTokenBucketLimiter(
            member, _ => new TokenBucketRateLimiterOptions { TokenLimit = 10, TokensPerPeriod = 1, ReplenishmentPeriod = Period, QueueLimit = 0, AutoReplenishment = false }));
        var taken = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var member in _members)
            {
                using var lease = limiter.AttemptAcquire(member);
                taken += lease.IsAcquired ? 1 : 0;
            }
        }

        return taken;
    }

    [Benchmark(OperationsPerInvoke = 2 * Members)]
    public int MemberBuckets()
    {
        var limiter = new MemberRateLimiter(10, Period, TimeProvider.System);
        var taken = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var member in _members)
            {
                taken += limiter.TryTake(member).Allowed ? 1 : 0;
            }
        }

        return taken;
    }
}
