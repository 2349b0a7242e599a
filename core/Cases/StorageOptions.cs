namespace ForumHelper.Core.Cases;

/// <summary>Where cases are stored (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The largest <see cref="MaxSizeMegabytes"/> accepted: a terabyte.</summary>
    public const int MaxSizeMegabytesLimit = 1_048_576;

    /// <summary>The provider's wire name (<see cref="StorageProvider"/>); text, so a typo is reported instead of failing the binding.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The provider's own form: <c>Data Source=…</c> for SQLite, <c>Host=…;Database=…</c> for PostgreSQL.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/forumhelper.db";

    /// <summary>
    /// The most the database file may grow to, in megabytes; 0 for no limit but the disk's. When
    /// it is reached, cases wait in the queue (and are retried) until space is freed. SQLite only:
    /// a PostgreSQL server manages its own space.
    /// </summary>
    public int MaxSizeMegabytes { get; set; }
}
