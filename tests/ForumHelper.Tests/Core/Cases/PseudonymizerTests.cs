using System.Security.Cryptography;
using System.Text;
using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Core.Cases;

public class PseudonymizerTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void CaseId_SameInteraction_SameIdOnAnyReplicaAndAnotherUnderAnotherKey()
    {
        var key2 = Key.Select(b => (byte)(b ^ 0xFF)).ToArray();

        var id = new Pseudonymizer(Key).CaseId("1300000000000000001");

        Assert.Equal(id, new Pseudonymizer(Key).CaseId("1300000000000000001"));
        Assert.True(id > 0);
        Assert.NotEqual(id, new Pseudonymizer(Key).CaseId("1300000000000000002"));
        Assert.NotEqual(id, new Pseudonymizer(key2).CaseId("1300000000000000001"));
    }

    [Fact]
    public void CaseId_LaterInteraction_LargerIdStartingWithItsMillisecond()
    {
        var pseudonymizer = new Pseudonymizer(Key);
        // Snowflakes a millisecond apart (the millisecond is the id shifted right by 22), the later one with smaller low bits.
        const ulong earlier = (400_000_000_000UL << 22) | 0x3FFFFF;
        const ulong later = (400_000_000_001UL << 22) | 0x000001;

        var first = pseudonymizer.CaseId(earlier.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var second = pseudonymizer.CaseId(later.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(second > first);
        Assert.Equal(400_000_000_000L, first >> 22);
        Assert.Equal(400_000_000_001L, second >> 22);
    }

    [Fact]
    public void CaseId_EveryInteractionOfOneMillisecond_DistinctIdsAndNotTheSnowflakesLowBits()
    {
        // Discord keeps snowflakes of one millisecond distinct in their low 22 bits; so must the case ids be,
        // or the store would drop a case as a replay. All 4,194,304 of them, through the same keyed permutation.
        var roundKeys = HMACSHA256.HashData(Key, "forumhelper:case-ms:400000000000"u8);
        var seen = new bool[1 << 22];
        var unchanged = 0;
        for (var low = 0UL; low < 1UL << 22; low++)
        {
            var id = CaseIds.FromSnowflake((400_000_000_000UL << 22) | low, roundKeys);
            var idLow = (int)(id & 0x3FFFFF);
            if (seen[idLow])
            {
                Assert.Fail($"two snowflakes of one millisecond share case id {id}");
            }

            seen[idLow] = true;
            unchanged += (ulong)idLow == low ? 1 : 0;
        }

        Assert.True(unchanged < 16, $"{unchanged} snowflakes kept their low bits");
    }

    [Fact]
    public void CaseId_NotASnowflake_PositiveKeyedHash()
    {
        var pseudonymizer = new Pseudonymizer(Key);

        var id = pseudonymizer.CaseId("not-a-snowflake");

        Assert.True(id > 0);
        Assert.Equal(id, pseudonymizer.CaseId("not-a-snowflake"));
        Assert.NotEqual(id, new Pseudonymizer(Key.Reverse().ToArray()).CaseId("not-a-snowflake"));
    }

    [Fact]
    public void For_SameIdAndKey_GivesTheSamePseudonym()
    {
        Assert.Equal(new Pseudonymizer(Key).For("112233445566778899"), new Pseudonymizer(Key).For("112233445566778899"));
    }

    [Fact]
    public void For_DifferentIds_GiveDifferentPseudonyms()
    {
        var pseudonymizer = new Pseudonymizer(Key);

        Assert.NotEqual(pseudonymizer.For("112233445566778899"), pseudonymizer.For("112233445566778898"));
    }

    [Fact]
    public void For_DifferentKeys_GiveDifferentPseudonyms()
    {
        var otherKey = (byte[])Key.Clone();
        otherKey[0] ^= 1;

        Assert.NotEqual(new Pseudonymizer(Key).For("112233445566778899"), new Pseudonymizer(otherKey).For("112233445566778899"));
    }

    [Fact]
    public void For_Id_IsTheFirst128BitsOfHmacSha256AsLowercaseHex()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("forumhelper:id:112233445566778899")))[..32];

        var pseudonym = new Pseudonymizer(Key).For("112233445566778899");

        Assert.Equal(expected, pseudonym);
        Assert.Matches("^[0-9a-f]{32}$", pseudonym);
    }

    [Fact]
    public void Constructor_CallerChangesTheKeyArrayAfterwards_PseudonymsDoNotChange()
    {
        var key = (byte[])Key.Clone();
        var pseudonymizer = new Pseudonymizer(key);
        var before = pseudonymizer.For("alice");

        key[5] ^= 0xFF;

        Assert.Equal(before, pseudonymizer.For("alice"));
    }

    [Fact]
    public void Constructor_KeyShorterThanMinimum_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[Pseudonymizer.MinimumKeyBytes - 1]));
    }

    [Fact]
    public void Fingerprint_Is16HexAndDiffersFromAnyPseudonymAndTheKey()
    {
        var pseudonymizer = new Pseudonymizer(Key);

        Assert.Matches("^[0-9a-f]{16}$", pseudonymizer.Fingerprint);
        Assert.DoesNotContain(pseudonymizer.Fingerprint, Convert.ToHexStringLower(Key), StringComparison.Ordinal);
        Assert.NotEqual(pseudonymizer.Fingerprint, pseudonymizer.For("")[..16]);
    }

    [Fact]
    public void Fingerprint_DifferentKeys_Differ()
    {
        var otherKey = (byte[])Key.Clone();
        otherKey[31] ^= 1;

        Assert.NotEqual(new Pseudonymizer(Key).Fingerprint, new Pseudonymizer(otherKey).Fingerprint);
    }
}
