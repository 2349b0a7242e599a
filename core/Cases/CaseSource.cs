namespace ForumHelper.Core.Cases;

/// <summary>
/// Which cases statistics count, by how they arrived (wire names <c>discord</c>, <c>terminal</c>, <c>all</c>).
/// Members ask in Discord; answers tried from a terminal (<c>ask</c>) are kept apart unless asked for.
/// </summary>
public enum CaseSource
{
    Discord,
    Terminal,
    All,
}
