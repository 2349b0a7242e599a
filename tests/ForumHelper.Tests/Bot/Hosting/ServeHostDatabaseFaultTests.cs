using System.Globalization;
using System.Net;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// The database goes wrong while members ask: made read-only, deleted, or full. Members keep getting
/// answers; the log says what is wrong; every answered case ends up in the database once, or is
/// counted (dropped or lost) with a loud log line. A lock held by another process is in
/// <see cref="ServeHostDatabaseLockTests"/>.
/// </summary>
/// <remarks>
/// Where the writer retries, the server runs on a virtual clock: the writer's backoff (and the
/// shutdown deadline) stand still while the fault lasts, and the test moves the clock on when it
/// wants the next try, instead of waiting out real backoffs.
/// </remarks>
public sealed class ServeHostDatabaseFaultTests(ITestOutputHelper output)
{
    // Past the writer's first backoffs (50 ms, doubling); each step is one poll of the condition.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task CancelAdvice_DatabaseMadeReadOnlyWhileServing_AnswersAndWritesEveryCaseOnceItClears()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(clock);
        var answered = new AnsweredCases(server);
        await answered.AskAsync(3);
        await server.WaitForWrittenAsync(3);

        using (var readOnly = ReadOnlyDatabase(server))
        {
            if (readOnly is null)
            {
                return;
            }

            await answered.AskAsync(5);
            await Polling.UntilAsync(() => server.CaseLog.Counters.FailedAttempts > 0, "the writer has failed on the read-only file");

            Assert.Equal(answered.Ids.Take(3).Order(), AnsweredCases.StoredIds(server.DatabasePath).Order());
            var health = await server.HealthAsync();
            Assert.Equal("degraded", health["status"]!.GetValue<string>());
            Assert.Contains("read-only", health["caseLogProblem"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await clock.AdvanceUntilAsync(Step, () => server.CaseLog.Counters.Written >= 8, "the writer retried and wrote the five held-back cases");
        await server.WaitForWrittenAsync(8);
        Assert.Equal(answered.Ids.Order(), AnsweredCases.StoredIds(server.DatabasePath).Order());
        var counters = server.CaseLog.Counters;
        Assert.Equal((8, 0, 0), (counters.Written, counters.Dropped, counters.Lost));
        server.Logs.AssertLogged(LogLevel.Warning, "failed (attempt 1", "retrying", "read-only");
        server.Logs.AssertLogged(LogLevel.Information, "Wrote", "after", "attempts");
        Assert.Equal("ok", (await server.HealthAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task StopAsync_DatabaseStillReadOnly_CountsTheQueuedCasesAsLostAndSaysSo()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(clock, ("CaseLog:ShutdownSeconds", "1"));
        var answered = new AnsweredCases(server);
        await answered.AskAsync(3);
        await server.WaitForWrittenAsync(3);

        using (var readOnly = ReadOnlyDatabase(server))
        {
            if (readOnly is null)
            {
                return;
            }

            await answered.AskAsync(4);
            await Polling.UntilAsync(() => server.CaseLog.Counters.FailedAttempts > 0, "the writer has failed on the read-only file");
            await StopOnVirtualTimeAsync(server, clock);
        }

        var counters = server.CaseLog.Counters;
        Assert.Equal((3, 0, 4), (counters.Written, counters.Dropped, counters.Lost));
        Assert.Equal(answered.Ids.Take(3).Order(), AnsweredCases.StoredIds(server.DatabasePath).Order());
        server.Logs.AssertLogged(LogLevel.Error, "Gave up on", "They are lost", "read-only");
        server.Logs.AssertLogged(LogLevel.Error, "Case log stopped: 3 written, 4 lost, 0 dropped");
    }

    [Fact]
    public async Task CancelAdvice_FolderMadeReadOnlyWhileServing_WritesEveryCaseWithoutRetrying()
    {
        // The files exist and stay writable; only creating or deleting files in the folder is refused.
        await using var server = await InteractionServer.StartAsync();
        var answered = new AnsweredCases(server);
        await answered.AskAsync(3);
        await server.WaitForWrittenAsync(3);
        var folder = Path.GetDirectoryName(server.DatabasePath)!;
        if (!Immutable.TrySet(folder, isFolder: true))
        {
            output.WriteLine("Not run: chattr +i is not available here (it needs Linux, root and a file system that supports it).");
            return;
        }

        try
        {
            await answered.AskAsync(5);
            await server.WaitForWrittenAsync(8);
        }
        finally
        {
            Immutable.Clear(folder);
        }

        Assert.Equal(answered.Ids.Order(), AnsweredCases.StoredIds(server.DatabasePath).Order());
        Assert.Equal(0, server.CaseLog.Counters.FailedAttempts);
    }

    [Fact]
    public async Task CancelAdvice_DatabaseDeletedWhileServing_RecreatesItAndWritesTheNewCasesThere()
    {
        await using var server = await InteractionServer.StartAsync();
        var answered = new AnsweredCases(server);
        await answered.AskAsync(3);
        await server.WaitForWrittenAsync(3);

        DeleteDatabase(server.DatabasePath);
        var (status, missing) = await server.HealthWithStatusAsync();
        await answered.AskAsync(5);
        await Polling.UntilAsync(() => server.CaseLog.Counters.Written == 8, "the five new cases are written");

        // Until the writer re-creates it, the database cannot be read: /healthz says so, as for any unreadable database.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("missing", missing["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        // The first three went with the deleted file; that is the deletion's doing, and the log says so.
        var afterDeletion = answered.Ids.Skip(3).Order().ToList();
        Assert.Equal(afterDeletion, AnsweredCases.StoredIds(server.DatabasePath).Order());
        Assert.All(afterDeletion, id => Assert.NotNull(server.Storage.Store.Find(id)));
        var counters = server.CaseLog.Counters;
        Assert.Equal((8, 0, 0, 1), (counters.Written, counters.Dropped, counters.Lost, counters.Reopened));
        server.Logs.AssertLogged(LogLevel.Error, server.DatabasePath, "deleted while in use", "Re-created it");
        var health = await server.HealthAsync();
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal(1, health["databaseReopened"]!.GetValue<long>());
    }

    [Fact]
    public async Task CancelAdvice_DatabaseDeletedWhileServing_RecreatedFileHasTheSchemaAndTheKeyFingerprint()
    {
        await using var server = await InteractionServer.StartAsync();
        var answered = new AnsweredCases(server);
        await answered.AskAsync(1);
        await server.WaitForWrittenAsync(1);

        DeleteDatabase(server.DatabasePath);
        await answered.AskAsync(1);
        await Polling.UntilAsync(() => server.CaseLog.Counters.Written == 2, "the new case is written");
        await server.App.StopAsync();

        Assert.Equal(SqliteMigrations.Latest, Pragma(server.DatabasePath, "user_version"));
        Assert.Equal(SqliteMigrations.ApplicationId, Pragma(server.DatabasePath, "application_id"));

        // The next start checks the key file against the fingerprint: a re-created file without it would split every member in two.
        using var reopened = AssertOpens(CaseStorage.Open(
            new StorageOptions { ConnectionString = $"Data Source={server.DatabasePath}" }, new PrivacyOptions()));
        Assert.Equal(server.Storage.Pseudonymizer.Fingerprint, reopened.Store.ReadMeta(PseudonymKeys.FingerprintMeta));
        Assert.Equal(server.Storage.Pseudonymizer.Fingerprint, reopened.Pseudonymizer.Fingerprint);
    }

    [Fact]
    public async Task CancelAdvice_DatabaseFullUntilShutdown_AnswersAndCountsEveryCaseWrittenDroppedOrLost()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(
            clock, ("Storage:MaxSizeMegabytes", "1"), ("CaseLog:QueueCapacity", "5"), ("CaseLog:ShutdownSeconds", "1"));
        var answered = new AnsweredCases(server);
        output.WriteLine($"{await DatabaseFiller.FillWithCasesAsync(server.DatabasePath, maxSizeMegabytes: 1)} filler cases fill 1 MB.");

        // How many cases still fit in the last pages depends on the random ids; ask until the queue overflows.
        await AskUntilAsync(answered, () => server.CaseLog.Counters.Dropped > 0, "the queue has overflowed behind the full database");
        await answered.AskAsync(5);

        var health = await server.HealthAsync();
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.Contains("Storage:MaxSizeMegabytes", health["caseLogProblem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(health["casesDropped"]!.GetValue<long>() > 0);
        await StopOnVirtualTimeAsync(server, clock);

        var counters = server.CaseLog.Counters;
        output.WriteLine($"Answered {answered.Count}: written {counters.Written}, dropped {counters.Dropped}, lost {counters.Lost}.");
        Assert.Equal(answered.Count, counters.Written + counters.Dropped + counters.Lost);
        Assert.True(counters.Lost > 0, "cases still queued at shutdown are counted as lost");
        var stored = RealCases(server.DatabasePath);
        Assert.Equal(counters.Written, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Subset(answered.Ids.ToHashSet(), stored.ToHashSet());
        server.Logs.AssertLogged(LogLevel.Error, "the database is full", "Storage:MaxSizeMegabytes (1 MB)");
        server.Logs.AssertLogged(LogLevel.Error, "queue is full", "dropped");
        server.Logs.AssertLogged(LogLevel.Error, "Case log stopped", $"{counters.Lost} lost", $"{counters.Dropped} dropped");
    }

    [Fact]
    public async Task CancelAdvice_DatabaseFullThenSpaceFreed_WritesEveryQueuedCaseOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(clock, ("Storage:MaxSizeMegabytes", "1"));
        var answered = new AnsweredCases(server);
        await DatabaseFiller.FillWithCasesAsync(server.DatabasePath, maxSizeMegabytes: 1);

        await AskUntilAsync(answered, () => server.CaseLog.Problem is not null, "the writer has hit the full database");
        await answered.AskAsync(5);
        DatabaseFiller.Free(server.DatabasePath);
        await clock.AdvanceUntilAsync(Step, () => server.CaseLog.Counters.Written >= answered.Count, "the writer retried into the freed space");
        await server.WaitForWrittenAsync(answered.Count);

        Assert.Equal(answered.Ids.Order(), RealCases(server.DatabasePath).Order());
        var counters = server.CaseLog.Counters;
        Assert.Equal((0, 0), (counters.Dropped, counters.Lost));
        Assert.Equal("ok", (await server.HealthAsync())["status"]!.GetValue<string>());
    }

    /// <summary>Stops the host while moving its clock on, so the writer's backoffs and the shutdown deadline pass.</summary>
    private static async Task StopOnVirtualTimeAsync(InteractionServer server, FakeTimeProvider clock)
    {
        var stopping = server.App.StopAsync();
        await clock.AdvanceUntilAsync(Step, () => stopping.IsCompleted, "the host stopped, giving up on the cases it could not write");
        await stopping;
    }

    private static async Task AskUntilAsync(AnsweredCases answered, Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await answered.AskOneAsync();
        }

        await Polling.UntilAsync(condition, what);
    }

    /// <summary>The database's cases without the filler (whose ids are negative).</summary>
    private static IReadOnlyList<long> RealCases(string path) => [.. AnsweredCases.StoredIds(path).Where(id => id > 0)];

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        Assert.False(File.Exists(path));
    }

    private static long Pragma(string path, string name)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static CaseStorage AssertOpens(Outcome<CaseStorage, string> opened)
    {
        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        return opened.Value!;
    }

    /// <summary>
    /// Makes the database file and its -wal immutable (chattr +i stops even root) until disposed;
    /// null, said in the test output, where this machine cannot. Never the -shm: SQLite writes it
    /// through shared memory, and the kernel answers that with SIGBUS, which kills the process.
    /// </summary>
    private ImmutableFiles? ReadOnlyDatabase(InteractionServer server)
    {
        var files = ImmutableFiles.TrySet(server.DatabasePath, server.DatabasePath + "-wal");
        if (files is null)
        {
            output.WriteLine("Not run: chattr +i is not available here (it needs Linux, root and a file system that supports it).");
        }

        return files;
    }
}
