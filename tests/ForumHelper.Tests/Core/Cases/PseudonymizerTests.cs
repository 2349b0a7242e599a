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
