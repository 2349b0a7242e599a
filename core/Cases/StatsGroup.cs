namespace ForumHelper.Core.Cases;

/// <summary>
/// One group of a statistics report. Counts below the minimum group size are withheld (null),
/// with their share and change, so a small group cannot point at a member.
/// </summary>
/// <param name="Key">The group's value (a wire name, or <c>unknown</c>).</param>
/// <param name="Count">Cases in the period, or null when fewer than the minimum.</param>
/// <param name="Share">The group's share of all cases in the period (0–1), or null when withheld.</param>
/// <param name="PreviousCount">Cases in the previous period of the same length, or null when fewer than the minimum.</param>
/// <param name="Change">Count minus previous count, when both are shown.</param>
/// <param name="HiddenToProtect">
/// True when the count is large enough to show but is hidden anyway, because with the total it
/// would reveal the one small group of the period (complementary suppression).
/// </param>
public sealed record StatsGroup(string Key, int? Count, double? Share, int? PreviousCount, int? Change, bool HiddenToProtect = false)
{
    public bool Withheld => Count is null;
}
