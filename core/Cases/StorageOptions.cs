namespace ForumHelper.Core.Cases;

/// <summary>Where cases are stored (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The largest <see cref="MaxSizeMegabytes"/> accepted: a terabyte.</summary>
    public const int MaxSizeMegabytesLimit = 1_048_576;

    public string ConnectionString { get; set; } = "Data Source=data/forumhelper.db";

    /// <summary>
    /// The most the database file may grow to, in megabytes; 0 for no limit but the disk's. When
    /// it is reached, cases wait in the queue (and are retried) until space is freed.
    /// </summary>
    public int MaxSizeMegabytes { get; set; }
}
