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
        store.WriteMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
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
    public void Find_FileDeletedAndNoConnectionOpen_FailsWithoutLeavingAnEmptyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);
        Delete(path);

        var error = Assert.Throws<SqliteException>(() => store.Find(1));

        Assert.Equal(14, error.SqliteErrorCode);
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
        store.WriteMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
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
        store.WriteMeta(PseudonymKeys.FingerprintMeta, "fingerprint-a");
        store.Write([new InsertCase(Case())]);
        ReplaceWithNewDatabase(folder, path, "fingerprint-b");

        var error = Assert.Throws<IOException>(() => store.EnsureInPlace());

        Assert.Contains("fingerprint-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("fingerprint-b", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Rows(path));
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
            store.WriteMeta(PseudonymKeys.FingerprintMeta, fingerprint);
        }

        Delete(path);
        File.Move(other, path);
    }
}
