using System.Diagnostics;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// Another process holds the database's write lock for 30 seconds while members ask: every answer
/// stays fast, and every case is written once the lock goes. It times answers in real time, so it
/// runs alone (<see cref="RunsAloneCollection"/>): on two shared cores, other tests once held an
/// answer back for 2 s.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ServeHostDatabaseLockTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AskEvery = TimeSpan.FromMilliseconds(250);

    // Discord gives up after 3 s, and the endpoint logs an answer over 1 s as slow. An answer held
    // up by the writer's busy wait (1 s per try) would show.
    private static readonly TimeSpan FastEnough = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task CancelAdvice_DatabaseLockedByAnotherProcessFor30Seconds_AnswersFastAndWritesEveryCaseOnceAfter()
    {
        await using var server = await InteractionServer.StartAsync();
        var answered = new AnsweredCases(server);

        // The first answer pays for start-up (JIT, the first request); that is not what is measured here.
        await answered.AskOneAsync();
        await server.WaitForWrittenAsync(1);
        answered.ResetSlowest();

        await using (var holder = await SqliteLockHolder.TakeAsync(server.DatabasePath, output))
        {
            var held = Stopwatch.StartNew();
            while (held.Elapsed < LockHeld)
            {
                await answered.AskOneAsync();

                // Real time on purpose: the lock is held by another process (SQLite's own lock, and
                // SQLite's own 1 s busy wait on every try), which no virtual clock reaches. Bounded by LockHeld.
                await Task.Delay(AskEvery);
            }

            Assert.Equal(1, server.CaseLog.Counters.Written);
            Assert.Single(AnsweredCases.StoredIds(server.DatabasePath));
            var health = await server.HealthAsync();
            Assert.Equal("degraded", health["status"]!.GetValue<string>());
            Assert.Contains("locked", health["caseLogProblem"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await server.WaitForWrittenAsync(answered.Count);
        output.WriteLine($"{answered.Count - 1} answers while locked, slowest {answered.Slowest.TotalMilliseconds:0} ms.");
        Assert.True(answered.Slowest < FastEnough, $"the slowest answer took {answered.Slowest.TotalMilliseconds:0} ms");
        var stored = AnsweredCases.StoredIds(server.DatabasePath);
        Assert.Equal(answered.Ids.Order(), stored.Order());
        var counters = server.CaseLog.Counters;
        Assert.Equal(answered.Count, counters.Written);
        Assert.Equal(0, counters.Dropped + counters.Lost);
        server.Logs.AssertLogged(LogLevel.Warning, "failed (attempt 1", "retrying", "database is locked");
        server.Logs.AssertLogged(LogLevel.Information, "case(s) to", "after", "attempts");
    }
}
