using System.Globalization;
using System.Text;
using ForumHelper.Core.Outcomes;
using NSec.Cryptography;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Verifies Discord's signature: Ed25519 over the timestamp header's bytes followed by the raw
/// body, with the application's public key (imported once). Every failure is a value, never an exception.
/// </summary>
public sealed class SignatureVerifier
{
    private const int SignatureBytes = 64;
    private const int MaxTimestampLength = 20;

    private readonly PublicKey _key;
    private readonly TimeProvider _time;
    private readonly long _maxSkewSeconds;

    private SignatureVerifier(PublicKey key, TimeProvider time, int maxSkewSeconds)
    {
        _key = key;
        _time = time;
        _maxSkewSeconds = maxSkewSeconds;
    }

    /// <summary>Imports the public key, or explains what is wrong with it.</summary>
    public static Outcome<SignatureVerifier, string> Create(string publicKeyHex, TimeProvider time, int maxSkewSeconds)
    {
        if (KeyProblem(publicKeyHex) is { } problem)
        {
            return Outcome<SignatureVerifier, string>.Failure([problem]);
        }

        var hex = publicKeyHex.Trim();

        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
        return Outcome<SignatureVerifier, string>.Success(new SignatureVerifier(key, time, maxSkewSeconds));
    }

    /// <summary>What is wrong with the setting <c>Discord:PublicKey</c>; null when it is 64 hex characters.</summary>
    public static string? KeyProblem(string publicKeyHex)
    {
        var hex = publicKeyHex.Trim();
        return hex.Length == 64 && hex.All(Uri.IsHexDigit)
            ? null
            : $"Discord:PublicKey must be the application's public key: 64 hex characters from the Developer Portal (General Information), not {Describe(hex)}. It is neither the bot token nor the client secret.";
    }

    public SignatureCheck Verify(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatureHex))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (signatureHex.Length != SignatureBytes * 2 || timestamp.Length > MaxTimestampLength
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done || written != SignatureBytes)
        {
            return SignatureCheck.Malformed;
        }

        // The timestamp is signed too, so checking it after the signature would not be weaker; before is cheaper.
        if (Math.Abs(_time.GetUtcNow().ToUnixTimeSeconds() - seconds) > _maxSkewSeconds)
        {
            return SignatureCheck.Stale;
        }

        var message = new byte[timestamp.Length + body.Length];
        Encoding.ASCII.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    private static string Describe(string value) => value.Length == 0 ? "empty" : $"{value.Length} characters";
}
