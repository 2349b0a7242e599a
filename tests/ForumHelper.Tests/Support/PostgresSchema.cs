using Npgsql;

namespace ForumHelper.Tests.Support;

/// <summary>
/// A schema of its own on the test PostgreSQL server, dropped when the test ends: tests run side
/// by side on one server without seeing each other's tables. The server comes from
/// <see cref="Variable"/>; selecting the PostgreSQL tests without it fails them, never skips them.
/// </summary>
internal sealed class PostgresSchema : IDisposable
{
    public const string Variable = "FORUMHELPER_TEST_POSTGRES";

    public PostgresSchema()
    {
        Name = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(Unpooled(Server));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {Name}", connection);
        command.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { SearchPath = Name }.ConnectionString;
        _unpooled = Unpooled(ConnectionString);
    }

    // The test's own connections close for real: nothing of this schema is left open when it is dropped.
    private readonly string _unpooled;

    public string Name { get; }

    /// <summary>The server's connection string with this schema as the search path: what Storage:ConnectionString would be.</summary>
    public string ConnectionString { get; }

    /// <summary>The test server's connection string, or a failure that says how to start one.</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"The PostgreSQL tests were selected, but {Variable} is not set. Start a throwaway server and point the tests at it: " +
            $"`export {Variable}=$(tests/postgres/throwaway-cluster.sh start /tmp/forumhelper-pg)` (README, \"Tests\").");

    /// <summary>Runs SQL in this schema, outside any store, as an operator's psql would.</summary>
    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_unpooled);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_unpooled);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Unpooled(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(Unpooled(Server));
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
