using NSec.Cryptography;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// A development Ed25519 key pair, to try the endpoint without a Discord account: the public half
/// goes into <c>Discord:PublicKey</c>, the private half signs sample requests the way Discord would.
/// </summary>
public static class DevelopmentKeys
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>A new pair as hex: the 32-byte private seed and the 32-byte public key.</summary>
    public static (string PrivateHex, string PublicHex) Create()
    {
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return (Convert.ToHexStringLower(key.Export(KeyBlobFormat.RawPrivateKey)), Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
    }

    /// <summary>The public key (hex) of a private key (hex), so <c>serve --dev-key</c> needs only the one file.</summary>
    public static string PublicOf(string privateHex)
    {
        using var key = Key.Import(Ed25519, Convert.FromHexString(privateHex.Trim()), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>Signs <c>timestamp + body</c> as Discord does; returns the signature as hex.</summary>
    public static string Sign(string privateHex, string timestamp, byte[] body)
    {
        using var key = Key.Import(Ed25519, Convert.FromHexString(privateHex.Trim()), KeyBlobFormat.RawPrivateKey);
        var message = new byte[timestamp.Length + body.Length];
        System.Text.Encoding.ASCII.GetBytes(timestamp, message);
        body.CopyTo(message, timestamp.Length);
        return Convert.ToHexStringLower(Ed25519.Sign(key, message));
    }
}
