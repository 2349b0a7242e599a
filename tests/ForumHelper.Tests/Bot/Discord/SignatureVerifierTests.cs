using System.Globalization;
using System.Text;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Bot.Discord;

public class SignatureVerifierTests
{
    private static readonly (string Private, string Public) Keys = DevelopmentKeys.Create();
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1","token":"t","version":1,"note":"naïve ünïcode"}""");

    [Fact]
    public void Verify_SignedByTheKey_IsValid()
    {
        var (timestamp, signature) = Sign(Body);

        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(timestamp, signature, Body));
    }

    [Fact]
    public void Verify_UpperCaseHex_IsValid()
    {
        var (timestamp, signature) = Sign(Body);

        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(timestamp, signature.ToUpperInvariant(), Body));
    }

    [Fact]
    public void Verify_OtherKey_IsInvalid()
    {
        var other = DevelopmentKeys.Create();
        var timestamp = Now();

        Assert.Equal(SignatureCheck.Invalid, Verifier().Verify(timestamp, DevelopmentKeys.Sign(other.PrivateHex, timestamp, Body), Body));
    }

    [Fact]
    public void Verify_BodyChanged_IsInvalid()
    {
        var (timestamp, signature) = Sign(Body);
        var changed = (byte[])Body.Clone();
        changed[^2] ^= 1;

        Assert.Equal(SignatureCheck.Invalid, Verifier().Verify(timestamp, signature, changed));
    }

    [Fact]
    public void Verify_TimestampOneDigitChanged_IsInvalid()
    {
        var (timestamp, signature) = Sign(Body);
        var changed = timestamp[..^1] + (timestamp[^1] == '0' ? '1' : '0');

        Assert.Equal(SignatureCheck.Invalid, Verifier().Verify(changed, signature, Body));
    }

    [Fact]
    public void Verify_OldTimestamp_IsStale()
    {
        var old = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Stale, Verifier().Verify(old, DevelopmentKeys.Sign(Keys.Private, old, Body), Body));
    }

    [Theory]
    [InlineData(null, "ab")]
    [InlineData("123", null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsMissing(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.MissingHeaders, Verifier().Verify(timestamp, signature, Body));
    }

    [Theory]
    [InlineData("example invalid signature")]
    [InlineData("abcd")]
    public void Verify_SignatureNotHexOrWrongLength_IsMalformed(string signature)
    {
        Assert.Equal(SignatureCheck.Malformed, Verifier().Verify(Now(), signature, Body));
    }

    [Theory]
    [InlineData(" 1700000000")]
    [InlineData("-1700000000")]
    [InlineData("17e8")]
    public void Verify_TimestampNotDigits_IsMalformed(string timestamp)
    {
        Assert.Equal(SignatureCheck.Malformed, Verifier().Verify(timestamp, new string('a', 128), Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex-at-all-but-sixty-four-characters-long-xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("MTIzNDU2Nzg5MA.bot-token-looking-thing")]
    public void Create_KeyNot64Hex_ExplainsWhatIsExpected(string key)
    {
        var created = SignatureVerifier.Create(key, TimeProvider.System, 300);

        Assert.False(created.IsSuccess);
        Assert.Contains("64 hex characters", Assert.Single(created.Problems));
    }

    private static SignatureVerifier Verifier() => SignatureVerifier.Create(Keys.Public, TimeProvider.System, 300).Value!;

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static (string Timestamp, string Signature) Sign(byte[] body)
    {
        var timestamp = Now();
        return (timestamp, DevelopmentKeys.Sign(Keys.Private, timestamp, body));
    }
}
