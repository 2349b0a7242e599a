namespace ForumHelper.Core.Cases;

/// <summary>What a failed write means for the case log: retry, retry and raise the alarm, or give the batch up.</summary>
public enum WriteFailure
{
    /// <summary>The database is busy, locked, unreachable or read-only for now: retry with backoff.</summary>
    Transient,

    /// <summary>The database or its disk is full: retry, but someone has to act.</summary>
    Full,

    /// <summary>The database rejects the batch's content: retrying would block every later case.</summary>
    Rejected,
}
