namespace ForumHelper.Core.Cases;

/// <summary>Which database keeps the cases (<c>Storage:Provider</c>, by wire name: <c>sqlite</c>, <c>postgres</c>).</summary>
public enum StorageProvider
{
    /// <summary>One file beside the bot: the embedded default, for one process on one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for several replicas, or a database already operated and backed up.</summary>
    Postgres,
}
