using System.Data.Common;
using Dapper;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using Npgsql;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The case log in PostgreSQL, shared by every replica of the endpoint. Opening migrates the
/// schema under an advisory lock (replicas may start together), and never alters a schema that
/// already has tables of these names without ForumHelper's version table. The queries are
/// SQLite's (<see cref="CaseQueries"/>); inserts go in one statement per batch.
/// </summary>
public sealed class PostgresCaseStore : ICaseStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;

    private readonly StoreIdentity _identity = new();
    private volatile bool _tablesMissing;

    private PostgresCaseStore(NpgsqlConnectionStringBuilder settings)
    {
        _settings = settings;
        _dataSource = NpgsqlDataSource.Create(settings);
        Description = $"PostgreSQL database {settings.Database ?? settings.Username} on {settings.Host}:{settings.Port}" +
            (string.IsNullOrEmpty(settings.SearchPath) ? "" : $" (schema {settings.SearchPath})");
    }

    /// <summary>The database, server and schema; never the password.</summary>
    public string Description { get; }

    /// <summary>Always null: replicas share the database, so they must share the key from configuration.</summary>
    public string? KeyFilePath => null;

    /// <summary>Connects, migrates and proves the database writable, or says plainly why it cannot.</summary>
    /// <param name="connectionString">Storage:ConnectionString, in Npgsql's form.</param>
    public static Outcome<PostgresCaseStore, string> Open(string connectionString)
    {
        var parsed = PostgresConnectionString.Parse(connectionString);
        if (!parsed.IsSuccess)
        {
            return Outcome<PostgresCaseStore, string>.Failure(parsed.Problems);
        }

        var settings = parsed.Value;
        var store = new PostgresCaseStore(settings);
        if (store.Prepare(restoreMeta: false) is { } problem)
        {
            store.Dispose();
            return Fail(problem);
        }

        return Outcome<PostgresCaseStore, string>.Success(store);
    }

    /// <summary>The last schema step recorded in the database.</summary>
    public int SchemaVersion()
    {
        using var connection = _dataSource.OpenConnection();
        return connection.ExecuteScalar<int>($"SELECT coalesce(max(version), 0) FROM {PostgresMigrations.VersionTable}", commandTimeout: CommandTimeouts.Of(connection));
    }

    /// <summary>
    /// Migrates under the advisory lock, in one transaction (PostgreSQL's DDL is transactional: a
    /// replica that dies half-way leaves nothing half-done), then proves the database writable.
    /// A problem in words, or null.
    /// </summary>
    private string? Prepare(bool restoreMeta)
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            using (var transaction = connection.BeginTransaction())
            {
                connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresMigrations.AdvisoryLock }, commandTimeout: CommandTimeouts.Of(connection));
                if (connection.ExecuteScalar<bool>("SELECT to_regclass(@name) IS NULL", new { name = PostgresMigrations.VersionTable }, commandTimeout: CommandTimeouts.Of(connection)))
                {
                    var foreign = connection.Query<string>("SELECT name FROM unnest(ARRAY['cases', 'meta']) AS name WHERE to_regclass(name) IS NOT NULL", commandTimeout: CommandTimeouts.Of(connection)).AsList();
                    if (foreign.Count > 0)
                    {
                        return $"{Description} already has {string.Join(" and ", foreign.Select(t => $"a table `{t}`"))} that is not ForumHelper's " +
                            $"(there is no {PostgresMigrations.VersionTable} table). Point Storage:ConnectionString at another database, " +
                            "or at a schema of its own (Search Path=forumhelper); nothing was changed.";
                    }

                    connection.Execute($"""
                        CREATE TABLE {PostgresMigrations.VersionTable} (
                            version     integer     PRIMARY KEY,
                            description text        NOT NULL,
                            applied_at  timestamptz NOT NULL DEFAULT now()
                        )
                        """, commandTimeout: CommandTimeouts.Of(connection));
                }

                var version = connection.ExecuteScalar<int>($"SELECT coalesce(max(version), 0) FROM {PostgresMigrations.VersionTable}", commandTimeout: CommandTimeouts.Of(connection));
                if (version > PostgresMigrations.Latest)
                {
                    return $"{Description} has schema version {version}, newer than this ForumHelper knows ({PostgresMigrations.Latest}). " +
                        "Run the newer ForumHelper that wrote it; the database was not changed.";
                }

                foreach (var migration in PostgresMigrations.All.Where(m => m.Version > version).OrderBy(m => m.Version))
                {
                    connection.Execute(migration.Sql, commandTimeout: CommandTimeouts.Of(connection));
                    connection.Execute($"INSERT INTO {PostgresMigrations.VersionTable} (version, description) VALUES (@Version, @Description)",
                        new { migration.Version, migration.Description }, commandTimeout: CommandTimeouts.Of(connection));
                }

                StoreIdentity.MarkOpened(connection);
                transaction.Commit();
            }

            if (!restoreMeta)
            {
                _identity.Remember(connection);
                return null;
            }

            return _identity.Restore(connection) is var (stored, remembered)
                ? $"{Description} was re-created by a replica with another pseudonym key (fingerprints {stored} and {remembered}); nothing is written to it. " +
                  "Give every replica the same Privacy:PseudonymKey."
                : null;
        }
        catch (PostgresException error)
        {
            return Explain(error);
        }
        catch (NpgsqlException error)
        {
            return $"Cannot reach {Description}: {Innermost(error)}. Is PostgreSQL running there, and are Host and Port in Storage:ConnectionString right?";
        }
    }

    private string Explain(PostgresException error) => error.SqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            $"PostgreSQL on {_settings.Host}:{_settings.Port} refused the login ({error.MessageText}). Check Username and Password in Storage:ConnectionString.",
        PostgresErrorCodes.InvalidCatalogName =>
            $"{Description} does not exist ({error.MessageText}). Create it first, e.g. `createdb -O {_settings.Username} {_settings.Database}`.",
        PostgresErrorCodes.InvalidSchemaName =>
            $"{Description}: the schema in Search Path does not exist ({error.MessageText}). Create it first (`CREATE SCHEMA {_settings.SearchPath}`), or leave Search Path out.",
        PostgresErrorCodes.InsufficientPrivilege =>
            $"{_settings.Username} may not create or write the tables in {Description} ({error.MessageText}). Grant it CREATE and USAGE on the schema, or make it the owner.",
        PostgresErrorCodes.ReadOnlySqlTransaction =>
            $"Cannot write {Description}: the server is read-only ({error.MessageText}). Point Storage:ConnectionString at the primary.",
        _ => $"Cannot open {Description} (PostgreSQL {error.SqlState}: {error.MessageText}).",
    };

    private static string Innermost(Exception error)
    {
        var reasons = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            reasons.Add(e.Message.TrimEnd('.'));
        }

        return string.Join(": ", reasons.Distinct());
    }

    /// <summary>
    /// The server owns the files, so there is nothing to check before a batch, unless the last
    /// write found the tables gone (dropped by hand, a restore gone wrong): then they are created
    /// again, under the same lock as at start, and given back the key's fingerprint.
    /// </summary>
    public string? EnsureInPlace()
    {
        if (!_tablesMissing)
        {
            return null;
        }

        if (Prepare(restoreMeta: true) is { } problem)
        {
            throw new IOException(problem);
        }

        _tablesMissing = false;
        return "its tables were dropped while in use. They are back, with the schema and the pseudonym key's fingerprint; " +
            "the cases that were in them are gone (a backup can bring them back), and queued and new cases go to the new tables.";
    }

    public string? ReadMeta(string name)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.ReadMeta(connection, name);
    }

    public string ClaimMeta(string name, string value)
    {
        using var connection = _dataSource.OpenConnection();
        var stored = CaseQueries.ClaimMeta(connection, name, value);
        _identity.Remember(name, stored);
        return stored;
    }

    public WriteFailure Classify(DbException error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => WriteFailure.Full,
        // Classes 22 (data exception) and 23 (integrity constraint): the batch, not the database.
        PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal) => WriteFailure.Rejected,
        _ => WriteFailure.Transient,
    };

    public void Write(IReadOnlyList<CaseWrite> batch)
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            // In queue order, so feedback and forget-me see every case queued before them.
            var forgotten = new List<(ForgetMember Write, int Count)>();
            var inserts = new List<CaseRecord>();
            foreach (var write in batch)
            {
                if (write is InsertCase insert)
                {
                    inserts.Add(insert.Case);
                    continue;
                }

                InsertCases(connection, inserts);
                inserts.Clear();
                switch (write)
                {
                    case SetFeedback feedback:
                        CaseQueries.SetFeedback(connection, transaction, feedback);
                        break;
                    case ForgetMember forget:
                        forgotten.Add((forget, CaseQueries.ForgetMember(connection, forget.Member, transaction)));
                        break;
                }
            }

            InsertCases(connection, inserts);
            transaction.Commit();
            foreach (var (write, count) in forgotten)
            {
                write.Deleted.TrySetResult(count);
            }
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            _tablesMissing = true;
            throw;
        }
    }

    // A case stored already rated (a test, an import) counts its rating from its own day, as migrated ratings do.
    private const string InsertSql = """
        INSERT INTO cases (id, at_ms, member, server, transport, marketplace, asked_by, stage, reason, buyer, late,
                           orders_bucket, rate_bucket, reviews_bucket, value_bucket, promised_refund, recommendation, rule, answer_version, feedback, feedback_day_ms)
        SELECT u.*, CASE WHEN u.feedback <> 'none' THEN u.at_ms - u.at_ms % 86400000 END
        FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
             AS u (id, at_ms, member, server, transport, marketplace, asked_by, stage, reason, buyer, late,
                   orders_bucket, rate_bucket, reviews_bucket, value_bucket, promised_refund, recommendation, rule, answer_version, feedback)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>
    /// The whole batch in one statement, one array per column: one round trip to the server
    /// however many cases, where a row at a time would pay the network for each.
    /// </summary>
    private static void InsertCases(NpgsqlConnection connection, List<CaseRecord> cases)
    {
        if (cases.Count == 0)
        {
            return;
        }

        using var command = new NpgsqlCommand(InsertSql, connection);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<long[]> { TypedValue = cases.Select(c => c.Id).ToArray() });
        parameters.Add(new NpgsqlParameter<long[]> { TypedValue = cases.Select(c => c.At.ToUnixTimeMilliseconds()).ToArray() });
        Texts(c => c.Member);
        Texts(c => c.Server);
        Texts(c => WireNames.Of(c.Transport));
        Texts(c => c.Marketplace);
        Texts(c => c.AskedBy);
        Texts(c => c.Stage);
        Texts(c => c.Reason);
        Texts(c => c.Buyer);
        Texts(c => c.Late);
        Texts(c => c.OrdersBucket);
        Texts(c => c.RateBucket);
        Texts(c => c.ReviewsBucket);
        Texts(c => c.ValueBucket);
        parameters.Add(new NpgsqlParameter<int?[]> { TypedValue = cases.Select(c => c.PromisedRefund is { } flag ? (int?)(flag ? 1 : 0) : null).ToArray() });
        Texts(c => c.Recommendation);
        Texts(c => c.Rule);
        Texts(c => c.AnswerVersion);
        Texts(c => WireNames.Of(c.Feedback));
        command.ExecuteNonQuery();

        void Texts(Func<CaseRecord, string?> column) =>
            parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = cases.Select(column).ToArray() });
    }

    public CaseRecord? Find(long id)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.Find(connection, id);
    }

    public int ForgetMember(string member)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.ForgetMember(connection, member);
    }

    public int PurgeBefore(DateTimeOffset cutoff)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.PurgeBefore(connection, cutoff);
    }

    public IReadOnlyList<GroupCount> CountBy(CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.CountBy(connection, grouping, from, to, server, transport);
    }

    public int DistinctMembers(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.DistinctMembers(connection, from, to, server, transport);
    }

    public IReadOnlyList<HelpfulnessCount> Helpfulness(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = _dataSource.OpenConnection();
        return CaseQueries.Helpfulness(connection, from, to, server, transport);
    }

    public void Dispose() => _dataSource.Dispose();

    private static Outcome<PostgresCaseStore, string> Fail(string message) => Outcome<PostgresCaseStore, string>.Failure([message]);
}
