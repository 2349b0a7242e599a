using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ForumHelper.Core.Cases;

/// <summary>
/// Turns a Discord id (or a local user name) into a stable pseudonym: HMAC-SHA256 under a secret
/// key kept outside the database. The same id always gives the same pseudonym; without the key the
/// database cannot be turned back into ids, nor can anyone test a guessed id against it.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>Keys shorter than this are refused.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public Pseudonymizer(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"A pseudonym key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
        Fingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(_key, "forumhelper:key-fingerprint"u8))[..16];
    }

    /// <summary>Identifies the key without revealing it; stored in the database to catch a swapped key.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// The case id of an interaction (<see cref="CaseIds.FromSnowflake"/>): time-ordered, distinct for
    /// distinct interactions, and the same for a replayed request (the same interaction sent again
    /// within the signature's time window), whose row the store then ignores, on any replica and
    /// without a shared store of seen requests. The low bits are permuted under a key derived from
    /// this key and the millisecond, so they cannot be worked out from the interaction's id. An id
    /// that is not a snowflake (never from Discord) gets a keyed hash instead: positive, 63 bits.
    /// </summary>
    public long CaseId(string interactionId)
    {
        if (ulong.TryParse(interactionId, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake))
        {
            var millisecond = CaseIds.Milliseconds(snowflake).ToString(CultureInfo.InvariantCulture);
            return CaseIds.FromSnowflake(snowflake, HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("forumhelper:case-ms:" + millisecond)));
        }

        var keyed = BitConverter.ToInt64(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("forumhelper:case:" + interactionId)), 0) & long.MaxValue;
        return keyed == 0 ? 1 : keyed;
    }

    /// <summary>The pseudonym of an id: 32 hex characters (128 bits of the HMAC).</summary>
    public string For(string rawId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("forumhelper:id:" + rawId)).AsSpan(0, 16));
}
