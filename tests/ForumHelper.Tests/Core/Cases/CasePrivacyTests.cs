using System.Globalization;
using System.Text;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;
using static ForumHelper.Tests.Core.Cases.CaseFixtures;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>Reads the database's bytes to prove that what must never be stored is not stored.</summary>
public class CasePrivacyTests
{
    private const string ServerId = "445566778899001122";
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly (string RawId, Transport Transport)[] Members =
    [
        ("112233445566778899", Transport.Discord),
        ("998877665544332211", Transport.Discord),
        ("Alice Example", Transport.Cli),
    ];

    private static readonly string[] FactLines =
    [
        "/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected buyer:responsive orders-60d:37 rate:93 reviews:1234 value:1234",
        "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent orders-60d:37 value:1234",
        "/cancel-advice asked-by:me stage:in-progress",
    ];

    [Fact]
    public async Task DatabaseAndWal_AfterRealCases_HoldPseudonymsButNoRawIdsNamesOrKey()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var storage = OpenStorage(path);
        var pseudonymizer = storage.Pseudonymizer;
        await LogCasesAsync(storage);
        var key = Convert.FromBase64String(File.ReadAllText(path + ".key"));
        var pseudonyms = Members.Select(m => pseudonymizer.For(m.RawId)).Append(pseudonymizer.For(ServerId)).ToList();

        // While the store is open the newest pages may live only in the -wal file.
        var beforeCheckpoint = ReadWithSidecars(path);
        AssertNoSecrets(beforeCheckpoint, key, "before checkpoint");
        Assert.All(pseudonyms, p => Assert.True(Contains(beforeCheckpoint, Encoding.UTF8.GetBytes(p)), $"pseudonym {p} should be stored (before checkpoint)"));

        Execute(path, "PRAGMA wal_checkpoint(TRUNCATE)");

        var database = ReadShared(path);
        AssertNoSecrets(ReadWithSidecars(path), key, "after checkpoint");
        Assert.All(pseudonyms, p => Assert.True(Contains(database, Encoding.UTF8.GetBytes(p)), $"pseudonym {p} should be in the database file"));
    }

    [Fact]
    public async Task Cases_ExactNumbersGiven_OnlyTheirBucketsAreStored()
    {
        using var folder = new TempFolder();
        var path = Db(folder);
        using var storage = OpenStorage(path);
        await LogCasesAsync(storage);

        var cells = new List<(string Column, string Value)>();
        using (var connection = Connect(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT * FROM cases";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        cells.Add((reader.GetName(i), Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!));
                    }
                }
            }
        }

        Assert.Equal(Members.Length * FactLines.Length, Scalar(path, "SELECT count(*) FROM cases"));
        Assert.DoesNotContain(cells, c => c.Value is "37" or "1234" or "93");
        Assert.DoesNotContain(cells, c => c.Column == "rate");
        Assert.Contains(cells, c => c.Column == "orders_bucket" && c.Value == "20-49");
        Assert.Contains(cells, c => c.Column == "value_bucket" && c.Value == "500+");
        Assert.Contains(cells, c => c.Column == "reviews_bucket" && c.Value == "500+");
        Assert.Contains(cells, c => c.Column == "rate_bucket" && c.Value == "90-94");
    }

    private static async Task LogCasesAsync(CaseStorage storage)
    {
        var server = storage.Pseudonymizer.For(ServerId);
        var log = NewLog(storage.Store, batchSize: 4);
        foreach (var (rawId, transport) in Members)
        {
            foreach (var line in FactLines)
            {
                var answered = RealData.Set.Answer(SlashLine.ParseFacts(line).Value!, Today);
                var record = CaseRecords.From(answered, storage.Pseudonymizer.For(rawId), transport == Transport.Discord ? server : null, transport, Now);
                Assert.True(log.TryEnqueue(new InsertCase(record)));
            }
        }

        await log.StopAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Members.Length * FactLines.Length, log.Counters.Written);
    }

    private static void AssertNoSecrets(byte[] stored, byte[] key, string when)
    {
        string[] secrets = [.. Members.Select(m => m.RawId), "Alice", "Example", ServerId, Convert.ToBase64String(key)];
        foreach (var secret in secrets)
        {
            Assert.False(Contains(stored, Encoding.UTF8.GetBytes(secret)), $"`{secret}` is stored as UTF-8 ({when})");
            Assert.False(Contains(stored, Encoding.Unicode.GetBytes(secret)), $"`{secret}` is stored as UTF-16LE ({when})");
            Assert.False(Contains(stored, Encoding.BigEndianUnicode.GetBytes(secret)), $"`{secret}` is stored as UTF-16BE ({when})");
        }

        Assert.False(Contains(stored, key), $"the raw key bytes are stored ({when})");
    }

    /// <summary>The database file followed by its -wal and -shm files, where they exist.</summary>
    private static byte[] ReadWithSidecars(string path) =>
        [.. ReadShared(path), .. Sidecar(path + "-wal"), .. Sidecar(path + "-shm")];

    private static byte[] Sidecar(string path) => File.Exists(path) ? ReadShared(path) : [];

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static CaseStorage OpenStorage(string path)
    {
        var opened = CaseStorage.Open(new StorageOptions { ConnectionString = ConnectionString(path) }, new PrivacyOptions());
        Assert.True(opened.IsSuccess, string.Join("\n", opened.Problems));
        return opened.Value;
    }
}
