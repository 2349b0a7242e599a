using System.Security.Cryptography;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>Shared set-up for the case log tests: stores in temp folders, sample cases, polling.</summary>
internal static class CaseFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static string Db(TempFolder folder) => folder.File("cases.db");

    public static string ConnectionString(string path) => $"Data Source={path}";

    /// <summary>Opens a store that must open; fails the test with SQLite's reasons otherwise.</summary>
    public static SqliteCaseStore OpenStore(string path)
    {
        var opened = SqliteCaseStore.Open(ConnectionString(path));
        Assert.True(opened.IsSuccess, "the store should open:\n" + string.Join("\n", opened.Problems));
        return opened.Value;
    }

    public static CaseRecord Case(
        string member = "member-a",
        DateTimeOffset? at = null,
        string recommendation = "accept-cancellation",
        Feedback feedback = Feedback.None,
        string stage = "delivered") => new()
        {
            Id = CaseRecords.NewId(),
            At = at ?? Now,
            Member = member,
            Transport = Transport.Discord,
            Marketplace = "fiverr",
            AskedBy = "buyer",
            Stage = stage,
            Recommendation = recommendation,
            Rule = "test-rule",
            AnswerVersion = "test-version",
            Feedback = feedback,
        };

    /// <summary>A case log on <paramref name="time"/>; by default a clock of its own that stands still (retries and the shutdown deadline wait until a test moves it).</summary>
    public static CaseLog NewLog(ICaseStore store, TimeProvider? time = null, int capacity = 10_000, int batchSize = 500, int retentionDays = 365) =>
        new(store,
            new CaseLogOptions { QueueCapacity = capacity, BatchSize = batchSize, ShutdownSeconds = 10 },
            TimeSpan.FromDays(retentionDays),
            NullLogger<CaseLog>.Instance,
            time ?? new FakeTimeProvider(Now));

    /// <summary>A connection of the test's own, outside the store's pool (so it never keeps the file open).</summary>
    public static SqliteConnection Connect(string path, string extra = "")
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False{extra}");
        connection.Open();
        return connection;
    }

    public static long Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Rows(string path) => Scalar(path, "SELECT count(*) FROM cases");

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(ReadShared(path)));

    /// <summary>Reads a file another process or connection may hold open.</summary>
    public static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test after <paramref name="timeout"/> (10 s by default).</summary>
    public static Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        Polling.UntilAsync(condition, what, timeout);
}
