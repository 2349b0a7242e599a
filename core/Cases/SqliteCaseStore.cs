using System.Data;
using Dapper;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using Microsoft.Data.Sqlite;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The case log in one SQLite file (WAL mode). Opening checks the file is a ForumHelper database
/// it can write, and runs the schema migrations; it never alters a file it does not recognise.
/// </summary>
public sealed class SqliteCaseStore : ICaseStore
{
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;
    private const long Megabyte = 1024 * 1024;

    private readonly string _connectionString;
    private readonly string _writeConnectionString;
    private readonly string _createConnectionString;
    private readonly string _path;
    private readonly int _maxSizeMegabytes;
    private long _maxPageCount;

    private readonly StoreIdentity _identity = new();
    private SqliteConnection? _writer;

    private SqliteCaseStore(SqliteConnectionStringBuilder builder, string path, int maxSizeMegabytes)
    {
        _path = path;
        _maxSizeMegabytes = maxSizeMegabytes;

        // Only opening (and re-creating) may create the file: a read that found it deleted would
        // otherwise leave an empty file, without the schema, where the database was.
        var everyday = new SqliteConnectionStringBuilder(builder.ConnectionString) { Pooling = true };
        if (everyday.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            everyday.Mode = SqliteOpenMode.ReadWrite;
        }

        _connectionString = everyday.ToString();

        // Writes never reuse a pooled connection: one opened while the file was read-only stays
        // read-only after the file is writable again, and the writer would retry on it for ever.
        _writeConnectionString = new SqliteConnectionStringBuilder(everyday.ConnectionString) { Pooling = false }.ToString();
        _createConnectionString = new SqliteConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ToString();
    }

    public string Description => _path;

    public string? KeyFilePath => _path == ":memory:" ? null : _path + ".key";

    /// <summary>
    /// The full path of a file beside the database a connection string names (its path plus <paramref name="suffix"/>, as
    /// the key file is), without opening anything; null for a string that does not parse or an in-memory database.
    /// </summary>
    public static string? FileBeside(string connectionString, string suffix)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
                ? null
                : Path.GetFullPath(builder.DataSource) + suffix;
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Opens (creating if needed) and migrates the database, or says plainly why it cannot.</summary>
    /// <param name="connectionString">Storage:ConnectionString.</param>
    /// <param name="maxSizeMegabytes">Storage:MaxSizeMegabytes: the most the file may grow to; 0 for no limit.</param>
    public static Outcome<SqliteCaseStore, string> Open(string connectionString, int maxSizeMegabytes = 0)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Neither the value nor the parser's message: either can carry part of a password.
            return Fail("Storage:ConnectionString is not a valid SQLite connection string (the value is not shown, as it may hold a password); valid form: Data Source=data/forumhelper.db");
        }

        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:")
        {
            return Fail("Storage:ConnectionString points at an in-memory database; give a file, e.g. Data Source=data/forumhelper.db");
        }

        var path = Path.GetFullPath(builder.DataSource);
        if (Directory.Exists(path))
        {
            return Fail($"{path} is a folder; Storage:ConnectionString must name a database file inside it, e.g. Data Source={Path.Combine(builder.DataSource, "forumhelper.db")}");
        }

        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Fail($"Cannot create the folder for the database {path}: {error.Message}");
        }

        // Our own retry loop handles a busy database; SQLite's built-in wait stays short.
        builder.DefaultTimeout = 1;
        var store = new SqliteCaseStore(builder, path, maxSizeMegabytes);
        var opened = store.Prepare(restoreMeta: false);
        if (opened is not null)
        {
            store.Dispose();
            return Fail(opened);
        }

        return Outcome<SqliteCaseStore, string>.Success(store);
    }

    /// <summary>The schema version recorded in the database.</summary>
    public int SchemaVersion()
    {
        using var connection = Connect();
        return connection.ExecuteScalar<int>("PRAGMA user_version", commandTimeout: CommandTimeouts.Of(connection));
    }

    /// <summary>Applies the migrations up to <paramref name="version"/> only (for tests of upgrades).</summary>
    internal static Outcome<SqliteCaseStore, string> OpenAtVersion(string connectionString, int version)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var store = new SqliteCaseStore(builder, Path.GetFullPath(builder.DataSource), 0);
        using (var connection = store.ConnectToCreate())
        using (var transaction = connection.BeginTransaction())
        {
            Migrate(connection, transaction, upTo: version);
            transaction.Commit();
        }

        return Outcome<SqliteCaseStore, string>.Success(store);
    }

    /// <summary>
    /// Checks the file is ours, migrates it and proves it writable; then remembers its identity
    /// (on opening) or gives it back (on re-creating). A problem in words, or null.
    /// </summary>
    private string? Prepare(bool restoreMeta)
    {
        try
        {
            using var connection = ConnectToCreate();

            // SQLite caps a file's size in pages, per connection; the page size is the file's own.
            var pageSize = connection.ExecuteScalar<long>("PRAGMA page_size", commandTimeout: CommandTimeouts.Of(connection));
            Interlocked.Exchange(ref _maxPageCount, _maxSizeMegabytes * Megabyte / pageSize);
            LimitSize(connection);
            // The checks and the steps in one transaction that holds the write lock from its start:
            // two processes opening a new file at once (a restart overlapping the old process, a CLI
            // verb beside serve) migrate one after the other, each seeing the other's work whole.
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                if (NotOurs(connection, transaction) is { } problem)
                {
                    return problem;
                }

                Migrate(connection, transaction);
                transaction.Commit();
            }

            connection.Execute("PRAGMA journal_mode = WAL", commandTimeout: CommandTimeouts.Of(connection));

            StoreIdentity.MarkOpened(connection);
            if (!restoreMeta)
            {
                _identity.Remember(connection);
                return null;
            }

            return _identity.Restore(connection) is var (stored, remembered)
                ? $"{_path} was replaced by a database written with another pseudonym key (fingerprints {stored} and {remembered}); nothing is written to it. " +
                  "Put the right database back, or restart ForumHelper with the key of this one."
                : null;
        }
        catch (SqliteException error) when (error.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            return $"{_path} is not a readable ForumHelper database (SQLite: {Reason(error)}). " +
                "It was left untouched; move it away or point Storage:ConnectionString at another file.";
        }
        catch (SqliteException error) when (error.SqliteErrorCode is 8 or 14 or 23)
        {
            return $"Cannot write the database {_path} (SQLite: {Reason(error)}). " +
                "Check that the file and its folder are writable by this user; SQLite also needs to create files beside it (-wal, -shm).";
        }
        catch (SqliteException error)
        {
            return $"Cannot open the database {_path} (SQLite: {Reason(error)}).";
        }
    }

    // Microsoft.Data.Sqlite's messages start "SQLite Error N: 'text'"; the text is what helps.
    private static string Reason(SqliteException error)
    {
        var message = error.Message;
        var quote = message.IndexOf('\'');
        return (quote >= 0 ? message[(quote + 1)..].TrimEnd('.', '\'') : message).TrimEnd('.');
    }

    /// <summary>Why the file is not one to migrate (newer, or someone else's), or null when it is ForumHelper's or empty.</summary>
    private string? NotOurs(SqliteConnection connection, SqliteTransaction transaction)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction, commandTimeout: CommandTimeouts.Of(connection));
        if (version > SqliteMigrations.Latest)
        {
            return $"{_path} has schema version {version}, newer than this ForumHelper knows ({SqliteMigrations.Latest}). " +
                "Run the newer ForumHelper that wrote it; the database was not changed.";
        }

        // Ours carries our application id from the first migration on; anything else is left alone.
        var applicationId = connection.ExecuteScalar<long>("PRAGMA application_id", transaction: transaction, commandTimeout: CommandTimeouts.Of(connection));
        if (version > 0 && applicationId != SqliteMigrations.ApplicationId)
        {
            return $"{_path} is an SQLite database, but not ForumHelper's (application id {applicationId}, schema version {version}). " +
                "Point Storage:ConnectionString at another file; this one was not changed.";
        }

        if (version == 0 && connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master", transaction: transaction, commandTimeout: CommandTimeouts.Of(connection)) > 0)
        {
            return $"{_path} is an SQLite database, but not ForumHelper's (it has tables and no schema version). " +
                "Point Storage:ConnectionString at another file; this one was not changed.";
        }

        return null;
    }

    /// <summary>Applies the steps the file lacks, up to <paramref name="upTo"/>, inside the caller's transaction.</summary>
    private static void Migrate(SqliteConnection connection, SqliteTransaction transaction, int upTo = int.MaxValue)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction, commandTimeout: CommandTimeouts.Of(connection));
        foreach (var migration in SqliteMigrations.All.Where(m => m.Version > version && m.Version <= upTo).OrderBy(m => m.Version))
        {
            connection.Execute(migration.Sql, transaction: transaction, commandTimeout: CommandTimeouts.Of(connection));
            connection.Execute($"PRAGMA user_version = {migration.Version}", transaction: transaction, commandTimeout: CommandTimeouts.Of(connection));
        }
    }

    /// <summary>
    /// SQLite keeps writing to a deleted database through the handles it has open, so every case
    /// written after a deletion would vanish with the file. Before each batch, then: is the file at
    /// the path still the one open (the path exists, and SQLite sees the same inode there)? If not,
    /// start over at the path, as at start-up, and give the new file the key's fingerprint, so the
    /// next start accepts it. One stat per batch; nothing else about the file is assumed.
    /// </summary>
    public string? EnsureInPlace()
    {
        var exists = File.Exists(_path);
        if (exists)
        {
            _writer ??= ConnectForWriting();
            if (SqliteFileIdentity.HasMoved(_writer) != true)
            {
                return null;
            }
        }

        CloseWriter();

        // Idle pooled connections still read the old file; from now on every reader gets the new one.
        using (var any = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(any);
        }

        if (Prepare(restoreMeta: true) is { } problem)
        {
            throw new IOException(problem);
        }

        return exists
            ? "the file was replaced while in use; writing to the new file from now on."
            : "the file was deleted while in use. Re-created it with the schema and the pseudonym key's fingerprint; " +
              "the cases that were in the deleted file are gone (a backup can bring them back), and queued and new cases go to the new file.";
    }

    public string? ReadMeta(string name)
    {
        using var connection = Connect();
        return CaseQueries.ReadMeta(connection, name);
    }

    public string ClaimMeta(string name, string value)
    {
        using var connection = ConnectForWriting();
        var stored = CaseQueries.ClaimMeta(connection, name, value);
        _identity.Remember(name, stored);
        return stored;
    }

    // Constraint, type-mismatch and too-big errors are about the data, not the database's health.
    public WriteFailure Classify(System.Data.Common.DbException error) => error switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint or SqliteMismatch or SqliteTooBig } => WriteFailure.Rejected,
        SqliteException { SqliteErrorCode: SqliteFull } => WriteFailure.Full,
        _ => WriteFailure.Transient,
    };

    public void Write(IReadOnlyList<CaseWrite> batch)
    {
        try
        {
            _writer ??= ConnectForWriting();
            using var transaction = _writer.BeginTransaction(IsolationLevel.Serializable);
            // In queue order, so feedback and forget-me see every case queued before them.
            var forgotten = new List<(ForgetMember Write, int Count)>();
            var inserts = new List<CaseWrite>();
            foreach (var write in batch)
            {
                if (write is InsertCase)
                {
                    inserts.Add(write);
                    continue;
                }

                InsertCases(_writer, transaction, inserts);
                inserts.Clear();
                switch (write)
                {
                    case SetFeedback feedback:
                        CaseQueries.SetFeedback(_writer, transaction, feedback);
                        break;
                    case ForgetMember forget:
                        forgotten.Add((forget, CaseQueries.ForgetMember(_writer, forget.Member, transaction)));
                        break;
                }
            }

            InsertCases(_writer, transaction, inserts);
            transaction.Commit();
            if (forgotten.Count > 0)
            {
                Checkpoint(_writer);
            }

            foreach (var (write, count) in forgotten)
            {
                write.Deleted.TrySetResult(count);
            }
        }
        catch (SqliteException error) when (Explain(error) is { } explained)
        {
            CloseWriter();
            throw new SqliteException(explained, error.SqliteErrorCode, error.SqliteExtendedErrorCode);
        }
        catch
        {
            CloseWriter();
            throw;
        }
    }

    // A failed connection may be half-broken (a deleted file, a full disk); start afresh next time.
    private void CloseWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }

    /// <summary>SQLite's words for a failed write plus what to check, or null when its words say enough.</summary>
    private string? Explain(SqliteException error)
    {
        var hint = error.SqliteErrorCode switch
        {
            SqliteFull when _maxSizeMegabytes > 0 =>
                $"the database has reached Storage:MaxSizeMegabytes ({_maxSizeMegabytes} MB), or the disk is full: raise the setting and restart, or free space (retention, forget)",
            SqliteFull => "the disk is full (Storage:MaxSizeMegabytes sets no limit): free space",
            SqliteBusy or SqliteLocked => "another connection or process holds the write lock",
            SqliteReadOnly => "the file is read-only: it, its -wal and -shm files and its folder must be writable by this user",
            SqliteIoError => "the file or its -wal cannot be written: is it read-only (chattr +i, a read-only mount), or is the disk failing?",
            _ => null,
        };
        return hint is null ? null : $"{Reason(error)} (SQLite error {error.SqliteExtendedErrorCode}): {hint}";
    }

    public CaseRecord? Find(long id)
    {
        using var connection = Connect();
        return CaseQueries.Find(connection, id);
    }

    public int ForgetMember(string member)
    {
        using var connection = ConnectForWriting();
        var count = CaseQueries.ForgetMember(connection, member);
        Checkpoint(connection);
        return count;
    }

    /// <summary>
    /// After a forget: copies the -wal into the database and truncates it, so the pages that still
    /// held the member's rows before the delete leave the -wal too. A reader in the middle of a
    /// query can hold the checkpoint back; the next forget, or SQLite's own checkpoints, finish it.
    /// </summary>
    private static void Checkpoint(SqliteConnection connection) => connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)", commandTimeout: CommandTimeouts.Of(connection));

    public int PurgeBefore(DateTimeOffset cutoff)
    {
        using var connection = ConnectForWriting();
        return CaseQueries.PurgeBefore(connection, cutoff);
    }

    public IReadOnlyList<GroupCount> CountBy(CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = Connect();
        return CaseQueries.CountBy(connection, grouping, from, to, server, transport);
    }

    public int DistinctMembers(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = Connect();
        return CaseQueries.DistinctMembers(connection, from, to, server, transport);
    }

    public IReadOnlyList<HelpfulnessCount> Helpfulness(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null)
    {
        using var connection = Connect();
        return CaseQueries.Helpfulness(connection, from, to, server, transport);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;

        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Connect() => Connect(_connectionString, mayCreate: false);

    private SqliteConnection ConnectForWriting()
    {
        var connection = Connect(_writeConnectionString, mayCreate: false);

        // A deleted case's bytes are overwritten, not left in free pages: a forgotten member's
        // pseudonym must be gone from the file, not merely unlinked.
        connection.Execute("PRAGMA secure_delete = ON", commandTimeout: CommandTimeouts.Of(connection));

        // Ids and member pseudonyms are random, so their indexes take inserts all over: with SQLite's
        // default 2 MB page cache, a busy writer spends much of its time re-reading index pages.
        connection.Execute($"PRAGMA cache_size = -{WriterCacheKibibytes}", commandTimeout: CommandTimeouts.Of(connection));
        return connection;
    }

    private const int WriterCacheKibibytes = 8 * 1024;

    private SqliteConnection ConnectToCreate()
    {
        CreateOwnerOnly(_path);
        return Connect(_createConnectionString, mayCreate: true);
    }

    /// <summary>
    /// Creates a missing database file readable by its owner only (0600), whatever the umask: the
    /// pseudonyms are personal data. SQLite gives the -wal and -shm files the database's mode, and an
    /// empty file is a valid new database.
    /// </summary>
    private static void CreateOwnerOnly(string path)
    {
        if (path == ":memory:" || OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Another process created it first (its mode is its own), or the folder is not
            // writable: SQLite's own attempt then fails with the message that explains it.
        }
    }

    private SqliteConnection Connect(string connectionString, bool mayCreate)
    {
        // A pooled connection would still read a deleted file; say it is gone instead, until the writer re-creates it.
        if (!mayCreate && !File.Exists(_path))
        {
            throw new IOException($"{_path} is missing: it was deleted or moved while in use. The case log re-creates it before it writes the next case.");
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();

        // Per connection, not stored in the file: with WAL, NORMAL syncs at checkpoints instead of
        // every commit. A killed process loses nothing committed; only a power cut could lose the last commits.
        connection.Execute("PRAGMA synchronous = NORMAL", commandTimeout: CommandTimeouts.Of(connection));
        LimitSize(connection);
        return connection;
    }

    // Per connection too: every connection the store opens gets the cap, or one of them could grow the file past it.
    private void LimitSize(SqliteConnection connection)
    {
        var pages = Interlocked.Read(ref _maxPageCount);
        if (pages > 0)
        {
            connection.Execute($"PRAGMA max_page_count = {pages}", commandTimeout: CommandTimeouts.Of(connection));
        }
    }

    // A case stored already rated (a test, an import) counts its rating from its own day, as migrated ratings do.
    private const string InsertSql = """
        INSERT INTO cases (id, at_ms, member, server, transport, marketplace, asked_by, stage, reason, buyer, late,
                           orders_bucket, rate_bucket, reviews_bucket, value_bucket, promised_refund, recommendation, rule, answer_version, feedback, feedback_day_ms)
        VALUES (@Id, @AtMs, @Member, @Server, @Transport, @Marketplace, @AskedBy, @Stage, @Reason, @Buyer, @Late,
                @OrdersBucket, @RateBucket, @ReviewsBucket, @ValueBucket, @PromisedRefund, @Recommendation, @Rule, @AnswerVersion, @Feedback,
                CASE WHEN @Feedback <> 'none' THEN @AtMs - @AtMs % 86400000 END)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>
    /// Inserts with one prepared command whose parameters are refilled per case: the hot path of
    /// the case log, several times faster than binding a fresh object per row.
    /// </summary>
    private static void InsertCases(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CaseWrite> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        string[] names = ["@Id", "@AtMs", "@Member", "@Server", "@Transport", "@Marketplace", "@AskedBy", "@Stage", "@Reason", "@Buyer", "@Late",
            "@OrdersBucket", "@RateBucket", "@ReviewsBucket", "@ValueBucket", "@PromisedRefund", "@Recommendation", "@Rule", "@AnswerVersion", "@Feedback"];
        var parameters = names.Select(name => command.Parameters.Add(new SqliteParameter(name, null))).ToArray();
        var prepared = false;
        foreach (var write in batch)
        {
            if (write is not InsertCase { Case: var c })
            {
                continue;
            }

            object?[] values =
            [
                c.Id, c.At.ToUnixTimeMilliseconds(), c.Member, c.Server, WireNames.Of(c.Transport), c.Marketplace, c.AskedBy, c.Stage,
                c.Reason, c.Buyer, c.Late, c.OrdersBucket, c.RateBucket, c.ReviewsBucket, c.ValueBucket,
                c.PromisedRefund is { } flag ? (flag ? 1 : 0) : null, c.Recommendation, c.Rule, c.AnswerVersion, WireNames.Of(c.Feedback),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            if (!prepared)
            {
                command.Prepare();
                prepared = true;
            }

            command.ExecuteNonQuery();
        }
    }

    private static Outcome<SqliteCaseStore, string> Fail(string message) => Outcome<SqliteCaseStore, string>.Failure([message]);
}
