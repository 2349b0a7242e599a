namespace ForumHelper.Core.Cases;

/// <summary>
/// One group of a statistics report. Counts that could point at a member are withheld (null), with
/// their share and change: every group under the minimum group size, and as many other groups as it
/// takes that the total cannot give a small one away. A withheld group says nothing about why.
/// </summary>
/// <param name="Key">The group's value (a wire name, or <c>unknown</c>).</param>
/// <param name="Count">Cases in the period, or null when withheld.</param>
/// <param name="Share">The group's share of all cases in the period (0–1), or null when withheld.</param>
/// <param name="PreviousCount">Cases in the previous period of the same length, or null when withheld.</param>
/// <param name="Change">Count minus previous count, when both are shown.</param>
public sealed record StatsGroup(string Key, int? Count, double? Share, int? PreviousCount, int? Change)
{
    public bool Withheld => Count is null;
}
