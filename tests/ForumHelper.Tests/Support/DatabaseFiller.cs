using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Fills a case database up to a size cap with made-up cases (member <c>filler</c>, negative ids,
/// so they never meet a real one), the way months of answers would; and frees them again.
/// </summary>
internal static class DatabaseFiller
{
    public const string Member = "filler";

    private const int SqliteFull = 13;

    /// <summary>
    /// Inserts filler cases, in chunks and then one by one, until SQLite says the file is full;
    /// returns how many went in. On a thread of its own: a second of blocking on a pool thread
    /// would slow the answers of servers in tests running beside this one.
    /// </summary>
    public static Task<int> FillWithCasesAsync(string databasePath, int maxSizeMegabytes) =>
        Task.Factory.StartNew(() => FillWithCases(databasePath, maxSizeMegabytes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static int FillWithCases(string databasePath, int maxSizeMegabytes)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=5");
        connection.Open();
        using (var cap = connection.CreateCommand())
        {
            cap.CommandText = $"PRAGMA max_page_count = {maxSizeMegabytes * 1024L * 1024L / 4096}";
            cap.ExecuteNonQuery();
        }

        var inserted = 0;
        foreach (var chunk in new[] { 100, 1 })
        {
            while (TryInsert(connection, -(inserted + 1), chunk))
            {
                inserted += chunk;
            }
        }

        return inserted;
    }

    /// <summary>Deletes the filler cases; their pages become free space the database reuses.</summary>
    public static void Free(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=5");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM cases WHERE member = '{Member}'";
        command.ExecuteNonQuery();
    }

    private static bool TryInsert(SqliteConnection connection, long firstId, int count)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {count})
            INSERT INTO cases (id, at_ms, member, transport, marketplace, asked_by, stage, recommendation, rule, answer_version)
            SELECT {firstId.ToString(CultureInfo.InvariantCulture)} - i, 1767225600000 + i, '{Member}', 'discord', 'fiverr', 'buyer', 'delivered',
                   'accept-cancellation', 'filler-rule', 'filler-version'
            FROM n
            """;
        try
        {
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteFull)
        {
            return false;
        }
    }
}
