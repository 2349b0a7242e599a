using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Npgsql;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>
/// The store contract and PostgreSQL's own cases, on the server <see cref="PostgresSchema.Variable"/>
/// names. Selected only by the filter <c>Provider=postgres</c> (README, "Tests"), never skipped.
/// </summary>
[Trait("Provider", "postgres")]
public class PostgresCaseStoreTests : CaseStoreContract
{
    private readonly PostgresSchema _schema = new();

    protected override StorageOptions Storage => new() { Provider = "postgres", ConnectionString = _schema.ConnectionString };

    protected override long Rows() => _schema.Scalar("SELECT count(*) FROM cases");

    protected override long RecordedSchemaVersion() => _schema.Scalar($"SELECT max(version) FROM {PostgresMigrations.VersionTable}");

    protected override int LatestSchemaVersion => PostgresMigrations.Latest;

    public override void Dispose() => _schema.Dispose();

    [Fact]
    public void Open_NewSchema_RecordsEveryStepOnceWithTablesAndIndexes()
    {
        using var store = OpenDatabase();

        Assert.Equal(PostgresMigrations.All.Count, _schema.Scalar($"SELECT count(*) FROM {PostgresMigrations.VersionTable}"));
        Assert.Equal(PostgresMigrations.Latest, ((PostgresCaseStore)store).SchemaVersion());
        // Retention and statistics read by time, forget-me by member: both need an index.
        Assert.Equal(1, _schema.Scalar($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{_schema.Name}' AND indexdef LIKE '%(at_ms)%'"));
        Assert.Equal(1, _schema.Scalar($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{_schema.Name}' AND indexdef LIKE '%(member)%'"));
    }

    [Fact]
    public void Open_SchemaWithSomeoneElsesCasesTable_FailsAndChangesNothing()
    {
        _schema.Execute("CREATE TABLE cases (id integer, note text); INSERT INTO cases VALUES (1, 'theirs')");

        var opened = CaseStores.Open(Storage);

        var problem = Assert.Single(opened.Problems);
        Assert.Contains("a table `cases` that is not ForumHelper's", problem);
        Assert.Contains("nothing was changed", problem);
        Assert.Equal(0, _schema.Scalar($"SELECT count(*) FROM pg_tables WHERE schemaname = '{_schema.Name}' AND tablename <> 'cases'"));
        Assert.Equal(1, _schema.Scalar("SELECT count(*) FROM cases WHERE note = 'theirs'"));
    }

    [Fact]
    public void Open_NewerSchemaVersion_FailsNamingBothVersionsAndChangesNothing()
    {
        OpenDatabase().Dispose();
        _schema.Execute($"INSERT INTO {PostgresMigrations.VersionTable} (version, description) VALUES ({PostgresMigrations.Latest + 1}, 'from the future')");
        var openedAt = _schema.Scalar("SELECT count(*) FROM meta WHERE name = 'opened_at' AND value < '2000'");

        var opened = CaseStores.Open(Storage);

        var problem = Assert.Single(opened.Problems);
        Assert.Contains($"schema version {PostgresMigrations.Latest + 1}", problem);
        Assert.Contains($"({PostgresMigrations.Latest})", problem);
        Assert.Equal(openedAt, _schema.Scalar("SELECT count(*) FROM meta WHERE name = 'opened_at' AND value < '2000'"));
    }

    [Fact]
    public void Open_NothingListeningOnThePort_FailsNamingHostAndPort()
    {
        var port = LoopbackPorts.Free();
        var opened = CaseStores.Open(new StorageOptions { Provider = "postgres", ConnectionString = $"Host=127.0.0.1;Port={port};Username=forumhelper;Password=secret-password;Timeout=3" });

        var problem = Assert.Single(opened.Problems);
        Assert.Contains($"Cannot reach PostgreSQL database forumhelper on 127.0.0.1:{port}", problem);
        Assert.Contains("Is PostgreSQL running there", problem);
        Assert.DoesNotContain("secret-password", problem);
    }

    [Fact]
    public void Open_DatabaseThatDoesNotExist_FailsSayingHowToCreateIt()
    {
        var missing = new NpgsqlConnectionStringBuilder(PostgresSchema.Server) { Database = "no_such_database_" + Guid.NewGuid().ToString("N")[..8] };

        var opened = CaseStores.Open(new StorageOptions { Provider = "postgres", ConnectionString = missing.ConnectionString });

        var problem = Assert.Single(opened.Problems);
        Assert.Contains($"{missing.Database} on", problem);
        Assert.Contains("does not exist", problem);
        Assert.Contains($"createdb -O {missing.Username} {missing.Database}", problem);
    }

    [Fact]
    public void Open_SearchPathNamingNoSchema_FailsSayingHowToCreateIt()
    {
        var missing = new NpgsqlConnectionStringBuilder(_schema.ConnectionString) { SearchPath = _schema.Name + "_missing" };

        var opened = CaseStores.Open(new StorageOptions { Provider = "postgres", ConnectionString = missing.ConnectionString });

        var problem = Assert.Single(opened.Problems);
        Assert.Contains("the schema in Search Path does not exist", problem);
        Assert.Contains($"CREATE SCHEMA {_schema.Name}_missing", problem);
    }

    [Theory]
    [InlineData("Data Source=data/forumhelper.db")]
    [InlineData("Port=not-a-number")]
    public void Open_NotAPostgresConnectionString_FailsWithTheValidForm(string connectionString)
    {
        var opened = CaseStores.Open(new StorageOptions { Provider = "postgres", ConnectionString = connectionString });

        var problem = Assert.Single(opened.Problems);
        Assert.StartsWith("Storage:ConnectionString", problem);
        Assert.Contains("valid form: Host=…;Port=1–65535;Database=…", problem);
    }

    [Fact]
    public void Description_PasswordInConnectionString_IsNeverShown()
    {
        using var store = CaseStores.Open(new StorageOptions
        {
            Provider = "postgres",
            ConnectionString = new NpgsqlConnectionStringBuilder(_schema.ConnectionString) { Password = "hunter2-secret" }.ConnectionString,
        }).Value!;

        Assert.DoesNotContain("hunter2", store.Description);
        Assert.Contains($"(schema {_schema.Name})", store.Description);
        Assert.Null(store.KeyFilePath);
    }

    [Fact]
    public void Resolve_NoConfiguredKey_FailsAskingForTheSameKeyOnEveryReplica()
    {
        using var store = OpenDatabase();

        var resolved = PseudonymKeys.Resolve(null, store);

        var problem = Assert.Single(resolved.Problems);
        Assert.Contains("needs Privacy:PseudonymKey", problem);
        Assert.Contains("same key on every replica", problem);
        Assert.Null(store.ReadMeta(PseudonymKeys.FingerprintMeta));
    }

    [Fact]
    public void EnsureInPlace_TablesDroppedWhileInUse_RecreatesThemWithTheFingerprintAndWritesOn()
    {
        using var store = OpenDatabase();
        store.ClaimMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
        store.Write([new InsertCase(Case())]);
        _schema.Execute($"DROP TABLE cases, meta, {PostgresMigrations.VersionTable}");
        var next = Case();

        var error = Assert.Throws<PostgresException>(() => store.Write([new InsertCase(next)]));
        Assert.Equal(WriteFailure.Transient, store.Classify(error));
        var what = store.EnsureInPlace();
        store.Write([new InsertCase(next)]);

        Assert.Contains("tables were dropped while in use", what);
        Assert.Null(store.EnsureInPlace());
        Assert.Equal(1, Rows());
        Assert.NotNull(store.Find(next.Id));
        Assert.Equal("fingerprint-a", store.ReadMeta(PseudonymKeys.FingerprintMeta));
    }

    [Fact]
    public async Task CaseLog_TablesDroppedWhileInUse_QueuedCasesReachTheRecreatedTables()
    {
        using var store = OpenDatabase();
        await using var log = NewLog(store, TimeProvider.System);
        var before = Case(at: DateTimeOffset.UtcNow);
        log.TryEnqueue(new InsertCase(before));
        await WaitUntilAsync(() => log.Counters.Written == 1, "the first case is written");
        _schema.Execute($"DROP TABLE cases, meta, {PostgresMigrations.VersionTable}");

        var after = Enumerable.Range(0, 50).Select(_ => Case(at: DateTimeOffset.UtcNow)).ToList();
        after.ForEach(c => log.TryEnqueue(new InsertCase(c)));
        await WaitUntilAsync(() => log.Counters.Written == 51, "the cases queued after the drop are written");

        Assert.Equal(1, log.Counters.Reopened);
        Assert.Equal(0, log.Counters.Lost);
        Assert.Equal(50, Rows());
    }
}
