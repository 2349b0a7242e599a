using System.Buffers.Binary;

namespace ForumHelper.Core.Cases;

/// <summary>
/// Case ids that grow with time: the millisecond a case was asked in the high bits, then 22 bits
/// that tell cases of one millisecond apart. New cases then land at the end of the id index, where
/// random ids landed anywhere in it and cost the writer about a third more per case
/// (docs/PERFORMANCE.md).
/// </summary>
/// <remarks>
/// The layout is a Discord snowflake's: milliseconds since 2015-01-01 UTC, shifted left by 22, so
/// an interaction's own id gives the time without a clock. 41 bits of milliseconds last until 2084;
/// the id stays positive.
/// </remarks>
public static class CaseIds
{
    /// <summary>Discord's epoch, the first millisecond of 2015 (UTC), in Unix milliseconds.</summary>
    public const long DiscordEpochMs = 1_420_070_400_000;

    /// <summary>How many bytes of key <see cref="FromSnowflake"/> takes: two per round.</summary>
    public const int RoundKeyBytes = 2 * Rounds;

    private const int LowBits = 22;
    private const int HalfBits = LowBits / 2;
    private const int HalfMask = (1 << HalfBits) - 1;
    private const long LowMask = (1L << LowBits) - 1;
    private const long TimeMask = (1L << 41) - 1;
    private const int Rounds = 4;

    // Cases made here rather than from an interaction (the terminal's) count up within the process.
    private static long _sequence = Random.Shared.NextInt64();

    /// <summary>
    /// The case id of an interaction: its snowflake's millisecond, then its snowflake's low 22 bits
    /// (which Discord keeps distinct within a millisecond) through a permutation keyed by
    /// <paramref name="roundKeys"/>. Distinct interactions get distinct ids, the same interaction
    /// always the same id, and without the keys the low bits cannot be told from the snowflake.
    /// </summary>
    /// <param name="snowflake">The interaction's id.</param>
    /// <param name="roundKeys">At least <see cref="RoundKeyBytes"/> secret bytes, derived for the snowflake's millisecond.</param>
    public static long FromSnowflake(ulong snowflake, ReadOnlySpan<byte> roundKeys) =>
        Compose(Milliseconds(snowflake), Permute((int)(snowflake & LowMask), roundKeys));

    /// <summary>A new id for a case asked at <paramref name="at"/> that no interaction names (the terminal's).</summary>
    public static long Next(DateTimeOffset at) =>
        Compose(Math.Max(0, at.ToUnixTimeMilliseconds() - DiscordEpochMs), Interlocked.Increment(ref _sequence) & LowMask);

    /// <summary>The moment a snowflake (an interaction's id) was made, in milliseconds since Discord's epoch.</summary>
    public static long Milliseconds(ulong snowflake) => (long)(snowflake >> LowBits);

    private static long Compose(long millisecondsSince2015, long low)
    {
        var id = ((millisecondsSince2015 & TimeMask) << LowBits) | (low & LowMask);
        return id == 0 ? 1 : id;
    }

    // A small Feistel network over the two 11-bit halves: a bijection whatever the round function,
    // so no two snowflakes of one millisecond can share a case id.
    private static int Permute(int low, ReadOnlySpan<byte> roundKeys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roundKeys.Length, RoundKeyBytes, nameof(roundKeys));
        int left = low >> HalfBits, right = low & HalfMask;
        for (var round = 0; round < Rounds; round++)
        {
            var key = BinaryPrimitives.ReadUInt16LittleEndian(roundKeys[(2 * round)..]) & HalfMask;
            var mixed = unchecked((uint)(right ^ key) * 0x9E3779B1u);
            (left, right) = (right, left ^ (int)((mixed >> 16) & HalfMask));
        }

        return (left << HalfBits) | right;
    }
}
