using Humanizer;

namespace ForumHelper.Core.Facts;

/// <summary>Stable kebab-case wire names of enum values (<c>DraftInChat</c> is <c>draft-in-chat</c>).</summary>
public static class WireNames
{
    /// <summary>The wire names of every value of <typeparamref name="TEnum"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum => Cache<TEnum>.Names;

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Cache<TEnum>.Names[(int)(object)value];

    /// <summary>The value with this wire name (case-insensitive), or null.</summary>
    public static TEnum? Parse<TEnum>(string wire) where TEnum : struct, Enum
    {
        var names = Cache<TEnum>.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], wire, StringComparison.OrdinalIgnoreCase))
            {
                return (TEnum)(object)i;
            }
        }

        return null;
    }

    private static class Cache<TEnum> where TEnum : struct, Enum
    {
        // Ordinals are 0..n-1 for every fact enum, so the array index is the ordinal.
        public static readonly string[] Names = Enum.GetNames<TEnum>().Select(name => name.Kebaberize()).ToArray();
    }
}
