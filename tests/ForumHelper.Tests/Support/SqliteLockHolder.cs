using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Holds a database's write lock (<c>BEGIN EXCLUSIVE</c>) from outside the server: a real other
/// process, the sqlite3 CLI, when it is on PATH; otherwise a second connection in the test process,
/// which SQLite's file locks treat the same. Says which in the test output, so neither is silent.
/// </summary>
internal sealed class SqliteLockHolder : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(10);

    private readonly Process? _cli;
    private readonly SqliteConnection? _connection;

    private SqliteLockHolder(Process? cli, SqliteConnection? connection, string holder)
    {
        _cli = cli;
        _connection = connection;
        Holder = holder;
    }

    /// <summary>Who holds the lock, for the test output.</summary>
    public string Holder { get; }

    public static async Task<SqliteLockHolder> TakeAsync(string databasePath, ITestOutputHelper output)
    {
        var holder = FindOnPath("sqlite3") is { } cli
            ? await TakeWithCliAsync(cli, databasePath)
            : TakeWithConnection(databasePath);
        output.WriteLine($"Write lock on {Path.GetFileName(databasePath)} held by {holder.Holder}.");
        return holder;
    }

    public async ValueTask DisposeAsync()
    {
        if (_cli is not null)
        {
            await _cli.StandardInput.WriteLineAsync("ROLLBACK;");
            await _cli.StandardInput.WriteLineAsync(".quit");
            _cli.StandardInput.Close();
            using var limit = new CancellationTokenSource(StartLimit);
            await _cli.WaitForExitAsync(limit.Token);
            _cli.Dispose();
        }

        // Disposing rolls the transaction back, which releases the lock.
        _connection?.Dispose();
    }

    private static async Task<SqliteLockHolder> TakeWithCliAsync(string cli, string databasePath)
    {
        var start = new ProcessStartInfo(cli, ["-batch", databasePath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;

        // Wait out the server's own short transactions; stop at the first error instead of holding nothing.
        await process.StandardInput.WriteLineAsync(".timeout 5000");
        await process.StandardInput.WriteLineAsync(".bail on");
        await process.StandardInput.WriteLineAsync("BEGIN EXCLUSIVE;");
        await process.StandardInput.WriteLineAsync("SELECT 'locked';");
        await process.StandardInput.FlushAsync();
        using var limit = new CancellationTokenSource(StartLimit);
        var line = await process.StandardOutput.ReadLineAsync(limit.Token);
        if (line != "locked")
        {
            var error = await process.StandardError.ReadToEndAsync(limit.Token);
            process.Kill();
            process.Dispose();
            Assert.Fail($"sqlite3 did not take the lock (said `{line}`): {error}");
        }

        return new SqliteLockHolder(process, null, $"another process: the sqlite3 CLI ({cli}, pid {process.Id})");
    }

    private static SqliteLockHolder TakeWithConnection(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=5");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        command.ExecuteNonQuery();
        return new SqliteLockHolder(null, connection, "a second connection in the test process (sqlite3 is not on PATH)");
    }

    private static string? FindOnPath(string program)
    {
        var names = OperatingSystem.IsWindows() ? [program + ".exe"] : new[] { program };
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
