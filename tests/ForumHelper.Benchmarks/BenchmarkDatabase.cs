using System.Data.Common;
using Dapper;
using ForumHelper.Core.Cases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ForumHelper.Benchmarks;

/// <summary>
/// A fresh, empty database of one provider for a benchmark: an SQLite file in a temporary folder,
/// or a schema of its own on the PostgreSQL server <see cref="PostgresVariable"/> names. Removed
/// afterwards. PostgreSQL is measured only when the variable is set (README: a throwaway server).
/// </summary>
internal sealed class BenchmarkDatabase : IDisposable
{
    public const string PostgresVariable = "FORUMHELPER_BENCH_POSTGRES";

    private readonly TempDatabase? _file;
    private readonly string? _schema;

    public BenchmarkDatabase(string provider)
    {
        Provider = provider;
        if (provider == "postgres")
        {
            _schema = "bench_" + Guid.NewGuid().ToString("N");
            Execute(Server, $"CREATE SCHEMA {_schema}");
            ConnectionString = new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;
        }
        else
        {
            _file = new TempDatabase();
            ConnectionString = _file.ConnectionString;
        }
    }

    /// <summary>The providers to measure: SQLite always, PostgreSQL when a server is named.</summary>
    public static IEnumerable<string> Providers =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)) ? ["sqlite"] : ["sqlite", "postgres"];

    public string Provider { get; }

    public string ConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable(PostgresVariable)!;

    public ICaseStore Open()
    {
        var opened = CaseStores.Open(new StorageOptions { Provider = Provider, ConnectionString = ConnectionString });
        return opened.IsSuccess ? opened.Value : throw new InvalidOperationException(string.Join("\n", opened.Problems));
    }

    /// <summary>A connection of the benchmark's own, outside the store.</summary>
    public DbConnection Connect() => Connect(ConnectionString);

    public void Execute(string sql) => Execute(ConnectionString, sql);

    public void Dispose()
    {
        _file?.Dispose();
        if (_schema is not null)
        {
            Execute(Server, $"DROP SCHEMA {_schema} CASCADE");
        }
    }

    private DbConnection Connect(string connectionString) =>
        Provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    private void Execute(string connectionString, string sql)
    {
        using var connection = Connect(connectionString);
        connection.Execute(sql);
    }
}
