using System.Security.Cryptography;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

public class PseudonymKeysTests
{
    private const string RawId = "112233445566778899";

    [Fact]
    public void Open_FirstStart_GeneratesAnOwnerOnlyKeyFileAndRecordsItsFingerprint()
    {
        using var folder = new TempFolder();
        var path = Db(folder);

        using var storage = OpenStorage(path);

        var keyFile = path + ".key";
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.True(Convert.FromBase64String(File.ReadAllText(keyFile)).Length >= Pseudonymizer.MinimumKeyBytes);
        Assert.Equal(storage.Pseudonymizer.Fingerprint, storage.Store.ReadMeta(PseudonymKeys.FingerprintMeta));
    }

    [Fact]
    public void Open_SecondStart_ReusesTheKeyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        string first;
        using (var storage = OpenStorage(path))
        {
            first = storage.Pseudonymizer.For(RawId);
        }

        var keyText = File.ReadAllText(path + ".key");

        using var again = OpenStorage(path);

        Assert.Equal(first, again.Pseudonymizer.For(RawId));
        Assert.Equal(keyText, File.ReadAllText(path + ".key"));
    }

    [Fact]
    public void Open_KeyFileDeletedAfterCasesWereWritten_FailsNamingTheKeyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using (var storage = OpenStorage(path))
        {
            storage.Store.Write([new InsertCase(Case(member: storage.Pseudonymizer.For(RawId)))]);
        }

        File.Delete(path + ".key");

        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions());

        Assert.False(opened.IsSuccess);
        var message = Assert.Single(opened.Problems);
        Assert.Contains(path + ".key", message, StringComparison.Ordinal);
        Assert.Contains("missing", message, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".key"), "a replacement key must not be generated");
    }

    [Fact]
    public void Resolve_DifferentConfiguredKey_FailsNamingBothFingerprints()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        string recorded;
        using (var storage = OpenStorage(path))
        {
            recorded = storage.Pseudonymizer.Fingerprint;
        }

        var other = RandomNumberGenerator.GetBytes(32);
        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions { PseudonymKey = Convert.ToBase64String(other) });

        Assert.False(opened.IsSuccess);
        var message = Assert.Single(opened.Problems);
        Assert.Contains(recorded, message, StringComparison.Ordinal);
        Assert.Contains(new Pseudonymizer(other).Fingerprint, message, StringComparison.Ordinal);
        Assert.NotEqual(recorded, new Pseudonymizer(other).Fingerprint);
    }

    [Fact]
    public void Resolve_ConfiguredKeyMatchingTheRecordedOne_Succeeds()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        string pseudonym;
        using (var storage = OpenStorage(path))
        {
            pseudonym = storage.Pseudonymizer.For(RawId);
        }

        var keyText = File.ReadAllText(path + ".key");
        File.Delete(path + ".key");

        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions { PseudonymKey = keyText });

        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        using var storageAgain = opened.Value;
        Assert.Equal(pseudonym, storageAgain.Pseudonymizer.For(RawId));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")] // 16 bytes: valid base64, too short
    public void Resolve_BadConfiguredKey_FailsExplainingTheFormat(string configured)
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var store = OpenStore(path);

        var resolved = PseudonymKeys.Resolve(configured, store);

        Assert.False(resolved.IsSuccess);
        var message = Assert.Single(resolved.Problems);
        Assert.Contains("Privacy:PseudonymKey", message, StringComparison.Ordinal);
        Assert.Contains("base64", message, StringComparison.Ordinal);
        Assert.Contains(Pseudonymizer.MinimumKeyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Null(store.ReadMeta(PseudonymKeys.FingerprintMeta));
    }

    [Fact]
    public void Resolve_DamagedKeyFile_FailsNamingTheKeyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        OpenStorage(path).Dispose();
        File.WriteAllText(path + ".key", "garbage");

        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions());

        Assert.False(opened.IsSuccess);
        Assert.Contains(path + ".key", Assert.Single(opened.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ConfiguredKey_DoesNotWriteAKeyFile()
    {
        using var folder = new TempFolder();
        var path = Db(folder);

        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions { PseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        opened.Value.Dispose();
        Assert.False(File.Exists(path + ".key"));
    }

    private static StorageOptions Storage(string path) => new() { ConnectionString = ConnectionString(path) };

    private static CaseStorage OpenStorage(string path)
    {
        var opened = CaseStorage.Open(Storage(path), new PrivacyOptions());
        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        return opened.Value;
    }
}
