namespace ForumHelper.Core.Cases;

/// <summary>How many cases share one value of the grouping.</summary>
public sealed record GroupCount(string Key, long Count);
