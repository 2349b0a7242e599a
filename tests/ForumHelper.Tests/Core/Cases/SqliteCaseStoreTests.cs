using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using ForumHelper.Tests.Support;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

public class SqliteCaseStoreTests : CaseStoreContract
{
    // The contract's database: a file in a folder of the test's own.
    private readonly TempFolder _folder = new();

    protected override StorageOptions Storage => new() { ConnectionString = ConnectionString(Db(_folder)) };

    protected override long Rows() => CaseFixtures.Rows(Db(_folder));

    protected override long RecordedSchemaVersion() => Scalar(Db(_folder), "PRAGMA user_version");

    protected override int LatestSchemaVersion => SqliteMigrations.Latest;

    public override void Dispose() => _folder.Dispose();

    public static TheoryData<int> EarlierVersions()
    {
        var versions = new TheoryData<int>();
        foreach (var version in Enumerable.Range(1, SqliteMigrations.Latest - 1))
        {
            versions.Add(version);
        }

        return versions;
    }

    public static TheoryData<int> KnownVersions()
    {
        var versions = new TheoryData<int>();
        foreach (var version in Enumerable.Range(1, SqliteMigrations.Latest))
        {
            versions.Add(version);
        }

        return versions;
    }

    [Fact]
    public void Open_NewDatabase_FileAndWalAreReadableByTheOwnerOnly()
    {
        using var folder = new TempFolder();
        var path = Db(folder);

        using var store = OpenStore(path);
        store.Write([new InsertCase(Case())]);

        // Windows has no such modes; there the folder's access rules decide.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path + "-wal"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ForgetMember_ThroughTheWriterOrDirectly_LeavesNoByteOfThePseudonymInTheFiles(bool throughTheWriter)
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        const string forgotten = "f0rg0773n-pseudonym-7c1e";
        using var store = OpenStore(path);
        store.Write([.. Enumerable.Range(0, 40).Select(i => new InsertCase(Case(member: i % 2 == 0 ? forgotten : "kept-member") with { Id = i + 1 }))]);
        Assert.True(Contains(path, forgotten) || Contains(path + "-wal", forgotten), "the marker should be in the files before the forget");

        if (throughTheWriter)
        {
            var forget = new ForgetMember(forgotten);
            store.Write([forget]);
            Assert.Equal(20, await forget.Deleted.Task);
        }
        else
        {
            Assert.Equal(20, store.ForgetMember(forgotten));
        }

        Assert.False(Contains(path, forgotten), "the pseudonym is still in the database file");
        Assert.False(Contains(path + "-wal", forgotten), "the pseudonym is still in the -wal");
        Assert.Equal(20, store.CountBy(CaseGrouping.Recommendation, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Sum(g => g.Count));
    }

    private static bool Contains(string file, string marker)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(marker)) >= 0;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_NewOrEmptyFile_MigratesToLatestWithTablesAndIndexes(bool zeroByteFileFirst)
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        if (zeroByteFileFirst)
        {
            File.WriteAllBytes(path, []);
        }

        using (var store = OpenStore(path))
        {
            Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion());
        }

        Assert.Equal(SqliteMigrations.Latest, Scalar(path, "PRAGMA user_version"));
        Assert.Equal(["cases", "meta"], Names(path, "table"));
        AssertIndexesForRetentionAndForget(path);
    }

    [Fact]
    public void Open_NewFile_UsesWriteAheadLogging()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStore(path).Dispose();

        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public void Open_RatingsFromBeforeTheirDayWasKept_CountFromTheirCasesDay()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        SqliteCaseStore.OpenAtVersion(ConnectionString(path), 2).Value!.Dispose();
        // 2026-11-10 15:00 UTC, rated; and one not rated.
        Execute(path, """
            INSERT INTO cases (id, at_ms, member, transport, marketplace, asked_by, stage, recommendation, rule, answer_version, feedback)
            VALUES (1, 1794322800000, 'm', 'discord', 'fiverr', 'buyer', 'delivered', 'wait', 'r', 'v', 'helpful'),
                   (2, 1794322800000, 'm', 'discord', 'fiverr', 'buyer', 'delivered', 'wait', 'r', 'v', 'none');
            """);

        using var store = OpenStore(path);

        Assert.Equal(1794268800000, Scalar(path, "SELECT feedback_day_ms FROM cases WHERE id = 1"));
        Assert.Equal(0, Scalar(path, "SELECT count(*) FROM cases WHERE id = 2 AND feedback_day_ms IS NOT NULL"));
        var november = new CaseStats(store, minGroupSize: 1).Report(CaseGrouping.Recommendation, StatsPeriod.CalendarMonth(new DateOnly(2026, 11, 1)));
        Assert.Equal(new HelpfulnessRow("wait", 1, 1.0), Assert.Single(november.Helpfulness));
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void Open_DatabaseAtEarlierVersion_MigratesToLatestAndKeepsRows(int version)
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        var old = SqliteCaseStore.OpenAtVersion(ConnectionString(path), version);
        Assert.True(old.IsSuccess);
        old.Value.Dispose();
        Assert.Equal(version, Scalar(path, "PRAGMA user_version"));
        Execute(path, """
            INSERT INTO meta (name, value) VALUES ('kept', 'yes');
            INSERT INTO cases (id, at_ms, member, transport, marketplace, asked_by, stage, recommendation, rule, answer_version)
            VALUES (4242, 1767225600000, 'old-member', 'discord', 'fiverr', 'buyer', 'delivered', 'accept-cancellation', 'old-rule', 'v-old');
            """);

        using var store = OpenStore(path);

        Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion());
        var kept = store.Find(4242);
        Assert.NotNull(kept);
        Assert.Equal("old-member", kept.Member);
        Assert.Equal("yes", store.ReadMeta("kept"));
        AssertIndexesForRetentionAndForget(path);
    }

    [Fact]
    public void Open_NewerSchema_FailsNamingPathAndVersionsAndLeavesFileUnchanged()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using (var store = OpenStore(path))
        {
            store.Write([new InsertCase(Case())]);
        }

        var newer = SqliteMigrations.Latest + 1;
        Execute(path, $"PRAGMA user_version = {newer}");
        var before = Sha256(path);

        var opened = SqliteCaseStore.Open(ConnectionString(path));

        var message = AssertFailed(opened);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains($"version {newer}", message, StringComparison.Ordinal);
        Assert.Contains($"({SqliteMigrations.Latest})", message, StringComparison.Ordinal);
        Assert.Equal(before, Sha256(path));
        AssertNoSidecarContent(path);
    }

    [Fact]
    public void Open_TextFile_FailsNamingPathAndLeavesFileUnchanged()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("hello, not a database\n", 300)));
        var before = Sha256(path);

        var opened = SqliteCaseStore.Open(ConnectionString(path));

        var message = AssertFailed(opened);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("not a readable ForumHelper database", message, StringComparison.Ordinal);
        Assert.Equal(before, Sha256(path));
        AssertNoSidecarContent(path);
    }

    [Fact]
    public void Open_ForeignSqliteFileWithoutVersion_FailsAndLeavesFileUnchanged()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        Execute(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('someone else''s');");
        var before = Sha256(path);

        var opened = SqliteCaseStore.Open(ConnectionString(path));

        var message = AssertFailed(opened);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("not ForumHelper's", message, StringComparison.Ordinal);
        Assert.Equal(before, Sha256(path));
        AssertNoSidecarContent(path);
    }

    [Theory]
    [MemberData(nameof(KnownVersions))]
    public void Open_ForeignSqliteFileWithAUserVersion_FailsAndLeavesFileUnchanged(int foreignVersion)
    {
        // Other programs use PRAGMA user_version too; a foreign file that happens to carry 1 or 2 must not be altered.
        using var folder = new TempFolder();
        var path = Db(folder);
        Execute(path, $"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('someone else''s'); PRAGMA user_version = {foreignVersion};");
        var before = Sha256(path);

        var opened = SqliteCaseStore.Open(ConnectionString(path));

        var message = AssertFailed(opened);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Equal(before, Sha256(path));
    }

    [Fact]
    public void Open_ImmutableDatabaseFile_FailsWithCannotWrite()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStore(path).Dispose();
        var before = Sha256(path);

        var immutable = Immutable.TrySet(path, isFolder: false);
        try
        {
            // Root ignores chmod; chattr +i stops even root. Where chattr is unavailable, SQLite's own read-only mode stands in.
            var opened = SqliteCaseStore.Open(ConnectionString(path) + (immutable ? "" : ";Mode=ReadOnly"));

            AssertCannotWrite(opened, path);
        }
        finally
        {
            if (immutable)
            {
                Immutable.Clear(path);
            }
        }

        Assert.Equal(before, Sha256(path));
    }

    [Fact]
    public void Open_ImmutableFolder_FailsWithCannotWrite()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStore(path).Dispose();
        Assert.False(File.Exists(path + "-wal"), "closing the store should checkpoint and remove the -wal file");

        var immutable = Immutable.TrySet(folder.Path, isFolder: true);
        try
        {
            var opened = SqliteCaseStore.Open(ConnectionString(path) + (immutable ? "" : ";Mode=ReadOnly"));

            AssertCannotWrite(opened, path);
        }
        finally
        {
            if (immutable)
            {
                Immutable.Clear(folder.Path);
            }
        }
    }

    [Fact]
    public void Open_NewDatabaseInImmutableFolder_FailsWithCannotWrite()
    {
        using var folder = new TempFolder();
        var path = Db(folder);

        var immutable = Immutable.TrySet(folder.Path, isFolder: true);
        try
        {
            var opened = SqliteCaseStore.Open(ConnectionString(path) + (immutable ? "" : ";Mode=ReadOnly"));

            AssertCannotWrite(opened, path);
        }
        finally
        {
            if (immutable)
            {
                Immutable.Clear(folder.Path);
            }
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_ReadOnlyMode_FailsWithCannotWrite()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStore(path).Dispose();

        var opened = SqliteCaseStore.Open(ConnectionString(path) + ";Mode=ReadOnly");

        AssertCannotWrite(opened, path);
    }

    [Fact]
    public void Open_InMemoryDatabase_FailsAskingForAFile()
    {
        var opened = SqliteCaseStore.Open("Data Source=:memory:");

        Assert.Contains("in-memory", AssertFailed(opened), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderPath_FailsNamingTheFolder()
    {
        using var folder = new TempFolder();

        var opened = SqliteCaseStore.Open(ConnectionString(folder.Path));

        var message = AssertFailed(opened);
        Assert.Contains(folder.Path, message, StringComparison.Ordinal);
        Assert.Contains("is a folder", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolder_IsCreated()
    {
        using var folder = new TempFolder();
        var path = folder.File(Path.Combine("nested", "deeper", "cases.db"));

        using var store = OpenStore(path);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Open_NewFile_HasARateBucketTextColumnAndNoExactRate()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStore(path).Dispose();

        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, type FROM pragma_table_info('cases')";
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        Assert.Equal("TEXT", columns["rate_bucket"]);
        Assert.DoesNotContain("rate", columns.Keys);
    }

    [Fact]
    public void KeyFilePath_IsTheDatabasePathPlusKey()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);

        Assert.Equal(path + ".key", store.KeyFilePath);
        Assert.Equal(path, store.Description);
    }

    private static string AssertFailed<T>(Outcome<T, string> opened)
    {
        Assert.False(opened.IsSuccess, "Open should have failed");
        return Assert.Single(opened.Problems);
    }

    private static void AssertCannotWrite(Outcome<SqliteCaseStore, string> opened, string path)
    {
        if (opened.IsSuccess)
        {
            opened.Value.Dispose();
        }

        var message = AssertFailed(opened);
        Assert.Contains("Cannot write", message, StringComparison.Ordinal);
        Assert.Contains(path, message, StringComparison.Ordinal);
    }

    private static void AssertNoSidecarContent(string path)
    {
        foreach (var sidecar in new[] { path + "-wal", path + "-journal" })
        {
            Assert.True(!File.Exists(sidecar) || new FileInfo(sidecar).Length == 0, $"{sidecar} was left with content");
        }
    }

    /// <summary>Retention and statistics filter on at_ms, forget-me on member: each needs an index that leads with it.</summary>
    private static void AssertIndexesForRetentionAndForget(string path)
    {
        var leading = new List<string>();
        using var connection = Connect(path);
        foreach (var index in Names(path, "index"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_index_info('{index}') WHERE seqno = 0";
            leading.Add((string)command.ExecuteScalar()!);
        }

        // Time order may come from an index or from the table's own key (a WITHOUT ROWID table keyed by time).
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM pragma_table_info('cases') WHERE pk = 1";
            leading.Add((string)command.ExecuteScalar()!);
        }

        Assert.Contains("at_ms", leading);
        Assert.Contains("member", leading);
    }

    private static List<string> Names(string path, string type)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = $type AND name NOT LIKE 'sqlite_%' ORDER BY name";
        command.Parameters.AddWithValue("$type", type);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
