using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.Data.Sqlite;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>The store when its file goes away or changes under it: found before the next batch, never written past.</summary>
public class SqliteCaseStoreFaultTests
{
    [Fact]
    public void EnsureInPlace_FileUntouched_DoesNothing()
    {
        using var folder = new TempFolder();
        using var store = OpenStore(Db(folder));
        store.Write([new InsertCase(Case())]);

        Assert.Null(store.EnsureInPlace());
        Assert.Equal(1, Rows(Db(folder)));
    }

    [Fact]
    public void EnsureInPlace_FileDeletedUnderAnOpenWriter_RecreatesItWithSchemaAndMeta()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        store.ClaimMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
        store.Write([new InsertCase(Case())]);
        Delete(path);

        var what = store.EnsureInPlace();
        var after = Case();
        store.Write([new InsertCase(after)]);

        Assert.Contains("deleted", what, StringComparison.Ordinal);
        Assert.Equal(SqliteMigrations.Latest, Scalar(path, "PRAGMA user_version"));
        Assert.Equal("fingerprint-a", store.ReadMeta(PseudonymKeys.FingerprintMeta));
        Assert.Equal(1, Rows(path));
        Assert.NotNull(store.Find(after.Id));
    }

    [Fact]
    public void Find_FileDeleted_FailsSayingItIsMissingWithoutLeavingAnEmptyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        Delete(path);

        var error = Assert.Throws<IOException>(() => store.Find(1));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Contains("deleted", store.EnsureInPlace(), StringComparison.Ordinal);
        Assert.Equal(0, Rows(path));
    }

    [Fact]
    public void EnsureInPlace_FileReplacedByACopyWithTheSameKey_WritesToTheNewFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        store.ClaimMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
        store.Write([new InsertCase(Case())]);
        ReplaceWithNewDatabase(folder, path, "fingerprint-a");

        var what = store.EnsureInPlace();
        store.Write([new InsertCase(Case())]);

        Assert.Contains("replaced", what, StringComparison.Ordinal);
        Assert.Equal(1, Rows(path));
    }

    [Fact]
    public void EnsureInPlace_FileReplacedByADatabaseOfAnotherKey_RefusesNamingBothFingerprints()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        store.ClaimMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
        store.Write([new InsertCase(Case())]);
        ReplaceWithNewDatabase(folder, path, "fingerprint-b");

        var error = Assert.Throws<IOException>(() => store.EnsureInPlace());

        Assert.Contains("fingerprint-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("fingerprint-b", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Rows(path));
    }

    [Fact]
    public void Write_AfterTheFileWasReadOnly_WritesOnAFreshConnection()
    {
        // A connection opened while the file is read-only stays read-only for good; a retry must not get it back from a pool.
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        store.Write([new InsertCase(Case())]);
        var later = Case();
        using (var readOnly = ImmutableFiles.TrySet(path, path + "-wal"))
        {
            if (readOnly is null)
            {
                return;
            }

            Assert.ThrowsAny<SqliteException>(() => store.Write([new InsertCase(later)]));

            // As when another part of the process clears the pools, or a reader takes the idle connection: the retry opens a new one.
            SqliteConnection.ClearAllPools();
            Assert.ThrowsAny<SqliteException>(() => store.Write([new InsertCase(later)]));
        }

        store.Write([new InsertCase(later)]);

        Assert.NotNull(store.Find(later.Id));
    }

    [Fact]
    public async Task Write_DatabaseAtMaxSize_FailsAsFullNamingTheSetting()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenAt(path, maxSizeMegabytes: 1);
        await DatabaseFiller.FillWithCasesAsync(path, maxSizeMegabytes: 1);
        var before = Rows(path);

        var error = Assert.Throws<SqliteException>(() => store.Write([.. Enumerable.Range(0, 50).Select(_ => new InsertCase(Case()))]));

        Assert.Equal(13, error.SqliteErrorCode);
        Assert.Contains("Storage:MaxSizeMegabytes (1 MB)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Rows(path));
    }

    [Fact]
    public async Task WriteMeta_DatabaseAtMaxSize_FailsAsFullToo()
    {
        // The cap is per connection: the store's other connections must carry it as well as the writer's.
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenAt(path, maxSizeMegabytes: 1);
        await DatabaseFiller.FillWithCasesAsync(path, maxSizeMegabytes: 1);

        var error = Assert.Throws<SqliteException>(() => _ = store.ClaimMeta("large", new string('x', 100_000)));

        Assert.Equal(13, error.SqliteErrorCode);
    }

    [Fact]
    public async Task Write_DatabaseAtMaxSizeThenFreed_Writes()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenAt(path, maxSizeMegabytes: 1);
        await DatabaseFiller.FillWithCasesAsync(path, maxSizeMegabytes: 1);
        var batch = Enumerable.Range(0, 50).Select(_ => new InsertCase(Case())).ToList<CaseWrite>();
        Assert.Throws<SqliteException>(() => store.Write(batch));

        DatabaseFiller.Free(path);
        store.Write(batch);

        Assert.Equal(50, Rows(path));
    }

    private static SqliteCaseStore OpenAt(string path, int maxSizeMegabytes)
    {
        var opened = SqliteCaseStore.Open(ConnectionString(path), maxSizeMegabytes);
        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        return opened.Value!;
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Deletes the database and moves another one, closed, into its place (a restored backup, say).</summary>
    private static void ReplaceWithNewDatabase(TempFolder folder, string path, string fingerprint)
    {
        var other = folder.File("other.db");
        using (var store = OpenStore(other))
        {
            store.ClaimMeta(PseudonymKeys.FingerprintMeta, fingerprint);
        }

        Delete(path);
        File.Move(other, path);
    }
}
