using System.Security.Cryptography;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Cases;

/// <summary>
/// Finds the pseudonym key: from configuration, else from the key file beside the database
/// (generated on first start, readable only by its owner). The database keeps the key's
/// fingerprint, so a lost or swapped key stops the start instead of silently splitting every
/// member into two pseudonyms.
/// </summary>
public static class PseudonymKeys
{
    public const string FingerprintMeta = "key_fingerprint";
    private const int GeneratedKeyBytes = 32;

    public static Outcome<Pseudonymizer, string> Resolve(string? configuredKey, ICaseStore store)
    {
        var recorded = store.ReadMeta(FingerprintMeta);
        string source;
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            source = "Privacy:PseudonymKey";
            if (Decode(configuredKey) is not { } decoded)
            {
                return Fail($"Privacy:PseudonymKey must be base64 of at least {Pseudonymizer.MinimumKeyBytes} random bytes (e.g. the output of `openssl rand -base64 32`).");
            }

            key = decoded;
        }
        else if (store.KeyFilePath is not { } keyFile)
        {
            return Fail($"{store.Description} needs Privacy:PseudonymKey in configuration: it keeps no key file, and replicas sharing it must share the key. " +
                "Set the same key on every replica: base64 of at least 32 random bytes (`openssl rand -base64 32`).");
        }
        else if (File.Exists(keyFile))
        {
            source = keyFile;
            if (Decode(File.ReadAllText(keyFile)) is not { } decoded)
            {
                return Fail($"The pseudonym key file {keyFile} is damaged: it must hold base64 of at least {Pseudonymizer.MinimumKeyBytes} bytes. Restore it from a backup.");
            }

            key = decoded;
        }
        else if (recorded is not null)
        {
            return Fail($"{store.Description} was written with a pseudonym key, but its key file {keyFile} is missing. " +
                "Restore the key file, or set Privacy:PseudonymKey to that key. A new key would split every member's cases in two, so ForumHelper will not make one.");
        }
        else
        {
            source = keyFile;
            key = RandomNumberGenerator.GetBytes(GeneratedKeyBytes);
            if (!CreateKeyFile(keyFile, key, out var problem))
            {
                // Another process may have made it a moment ago; then its key is the one to use.
                if (!File.Exists(keyFile) || Decode(File.ReadAllText(keyFile)) is not { } theirs)
                {
                    return Fail(problem);
                }

                key = theirs;
            }
        }

        var pseudonymizer = new Pseudonymizer(key);
        // Replicas starting at once on a new database: the first fingerprint stored wins, and a
        // replica with another key learns it here instead of writing a second set of pseudonyms.
        recorded ??= store.ClaimMeta(FingerprintMeta, pseudonymizer.Fingerprint);
        if (recorded != pseudonymizer.Fingerprint)
        {
            return Fail($"The pseudonym key from {source} is not the key {store.Description} was written with " +
                $"(fingerprints {pseudonymizer.Fingerprint} and {recorded}). Use the original key: a different one would split every member's cases in two.");
        }

        return Outcome<Pseudonymizer, string>.Success(pseudonymizer);
    }

    private static byte[]? Decode(string text)
    {
        try
        {
            var bytes = Convert.FromBase64String(text.Trim());
            return bytes.Length >= Pseudonymizer.MinimumKeyBytes ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool CreateKeyFile(string path, byte[] key, out string problem)
    {
        problem = "";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = $"Cannot create the pseudonym key file {path}: {error.Message}";
            return false;
        }
    }

    private static Outcome<Pseudonymizer, string> Fail(string message) => Outcome<Pseudonymizer, string>.Failure([message]);
}
