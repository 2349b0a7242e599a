using System.Globalization;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ForumHelper.Tests.Bot.Cli;

/// <summary>
/// <c>serve</c> as a real process under load, stopped the hard way and the polite way. Each test
/// counts the questions answered (replies carrying feedback buttons) against the cases the database holds.
/// </summary>
public class ServeVerbTests(ITestOutputHelper output)
{
    private const int Workers = 16;

    [Fact]
    public async Task Serve_KilledWithSigkillWhileWriting_RestartsOnAnIntactDatabaseHoldingEveryCommittedCase()
    {
        using var state = new TempFolder();
        var (privateKey, _) = DevelopmentKeys.Create();
        long committedBeforeKill;
        LoadResult load;
        await using (var serve = await ServeProcess.StartAsync(privateKey, state))
        {
            using var stop = new CancellationTokenSource();
            var running = LoadAsync(serve, privateKey, stop.Token);
            await Polling.UntilAsync(async () => await Written(serve) >= 2_000, "2,000 cases written under load", TimeSpan.FromSeconds(60));
            committedBeforeKill = await Written(serve);
            await serve.KillAsync();
            await stop.CancelAsync();
            load = await running;
        }

        var schemaAfterCrash = Schema(state);
        var (cases, distinct) = CountCases(state);
        var lost = load.Answered - cases;
        output.WriteLine($"answered {load.Answered}, committed before the kill {committedBeforeKill}, in the database {cases}, lost {lost}");
        Assert.Equal("ok", Scalar(state, "PRAGMA integrity_check"));
        Assert.Equal(cases, distinct);
        Assert.True(cases >= committedBeforeKill, "a write reported committed was lost");
        // A reply may be cut by the kill after its case was queued, so the database may hold up to one case per connection more than was seen answered.
        Assert.True(cases <= load.Answered + Workers, $"{cases} cases for {load.Answered} answers");
        Assert.True(lost <= new CaseLogOptions().BatchSize, $"{lost} answered cases lost: more than one batch");
        Assert.DoesNotContain(load.Statuses.Keys, status => status >= 500);

        await using (var again = await ServeProcess.StartAsync(privateKey, state))
        {
            var reply = await again.TrySendAsync(Interactions.CancelAdvice(Interactions.Member, Interactions.Origin), privateKey);
            Assert.Equal(200, reply?.Status);
            await Polling.UntilAsync(async () => await Written(again) >= 1, "the new case written after the restart");
        }

        Assert.Equal(schemaAfterCrash, Schema(state));
        Assert.Equal(cases + 1, CountCases(state).Cases);
    }

    [Fact]
    public async Task Serve_SigtermUnderLoad_AnswersWhatItAcceptedWritesEveryCaseAndExitsZero()
    {
        using var state = new TempFolder();
        var (privateKey, _) = DevelopmentKeys.Create();
        LoadResult load;
        int exitCode;
        string log;
        await using (var serve = await ServeProcess.StartAsync(privateKey, state))
        {
            using var stop = new CancellationTokenSource();
            var running = LoadAsync(serve, privateKey, stop.Token);
            await Polling.UntilAsync(async () => await Written(serve) >= 1_000, "1,000 cases written under load", TimeSpan.FromSeconds(60));
            exitCode = await serve.TerminateAsync(TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            load = await running;
            log = serve.Output;
        }

        var (cases, distinct) = CountCases(state);
        output.WriteLine($"answered {load.Answered}, in the database {cases}; statuses {string.Join(", ", load.Statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(load.Statuses.Keys, status => status != 200);
        Assert.Equal(cases, distinct);
        // Every answer given is logged; a reply cut as the listener closed may add at most one case per connection.
        Assert.InRange(cases, load.Answered, load.Answered + Workers);
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", log, StringComparison.Ordinal);
    }

    private sealed record LoadResult(long Answered, IReadOnlyDictionary<int, long> Statuses);

    /// <summary>Questions from <see cref="Workers"/> connections, each from a new member, until stopped or the process is gone.</summary>
    private static async Task<LoadResult> LoadAsync(ServeProcess serve, string privateKey, CancellationToken stop)
    {
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();
        long answered = 0;
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var member = (1_700_000_000_000_000_000L + (worker * 1_000_000L) + i).ToString(CultureInfo.InvariantCulture);
                var reply = await serve.TrySendAsync(Interactions.CancelAdvice(member, Interactions.OriginWithNumbers), privateKey, CancellationToken.None);
                if (reply is not { } got)
                {
                    // The listener is closed or the process gone: wait to be stopped (a real process; a
                    // short real pause so the worker does not spin until the test cancels it).
                    await Task.Delay(20, CancellationToken.None);
                    continue;
                }

                statuses.AddOrUpdate(got.Status, 1, (_, count) => count + 1);
                if (got.Status == 200 && got.Body.Contains("\"feedback:", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref answered);
                }
            }
        }));
        await Task.WhenAll(workers);
        return new LoadResult(answered, statuses);
    }

    private static async Task<long> Written(ServeProcess serve) => (await serve.TryHealthAsync())?["casesWritten"]?.GetValue<long>() ?? 0;

    private static (long Cases, long Distinct) CountCases(TempFolder state)
    {
        using var connection = Open(state);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT id) FROM cases";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The schema and its version: a migration run again would change one or the other.</summary>
    private static string Schema(TempFolder state) =>
        Scalar(state, "PRAGMA user_version") + "\n" + Scalar(state, "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name)");

    private static string Scalar(TempFolder state, string sql)
    {
        using var connection = Open(state);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static SqliteConnection Open(TempFolder state)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = state.File("cases.db"), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
