namespace ForumHelper.Bot.Hosting;

/// <summary>How a reload of the data folder ended.</summary>
public enum DataReloadKind
{
    /// <summary>A new version passed every check and is answering now.</summary>
    WentLive,

    /// <summary>The files changed on disk but hash to the version already answering: nothing to swap.</summary>
    Unchanged,

    /// <summary>The files fail the checks; the last good version keeps answering.</summary>
    Rejected,

    /// <summary>The files could not be read (mid-save, just deleted); the last good version keeps answering.</summary>
    Unreadable,
}
