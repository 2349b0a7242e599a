namespace ForumHelper.Core.Cases;

/// <summary>
/// Coarse ranges for the numbers a member gives, so a stored case keeps the shape of the dispute
/// without the exact figures that could single a seller out.
/// </summary>
public static class CaseBuckets
{
    private static readonly int[] OrderEdges = [0, 1, 5, 10, 20, 50, 100];
    private static readonly int[] ReviewEdges = [0, 1, 10, 50, 100, 500];
    private static readonly int[] ValueEdges = [1, 20, 50, 100, 200, 500];

    // The top edge is one past 100, so a full rate gets a range of its own: "100".
    private static readonly int[] RateEdges = [0, 80, 90, 95, 100, 101];

    public static string? Orders(int? orders) => Bucket(orders, OrderEdges);

    public static string? Reviews(int? reviews) => Bucket(reviews, ReviewEdges);

    public static string? Value(int? dollars) => Bucket(dollars, ValueEdges);

    /// <summary>
    /// The completion rate's range: "0-79", "80-89", "90-94", "95-99" or "100". A rate outside 0–100
    /// (the fact's own limits) falls in the nearest end range.
    /// </summary>
    public static string? Rate(int? percent) => Bucket(percent is { } p ? Math.Clamp(p, 0, 100) : null, RateEdges);

    /// <summary>The range holding <paramref name="number"/>: "10-19", "0", or "100+" for the last.</summary>
    internal static string? Bucket(int? number, int[] edges)
    {
        if (number is not { } n)
        {
            return null;
        }

        for (var i = edges.Length - 1; i >= 0; i--)
        {
            if (n >= edges[i])
            {
                if (i == edges.Length - 1)
                {
                    return $"{edges[i]}+";
                }

                var high = edges[i + 1] - 1;
                return high == edges[i] ? edges[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{edges[i]}-{high}";
            }
        }

        return $"<{edges[0]}";
    }
}
