namespace ForumHelper.Core.Cases;

/// <summary>
/// The SQLite schema, as numbered steps. The database records the last step applied in
/// <c>PRAGMA user_version</c>. Never edit a released step: add the next one.
/// </summary>
public static class SqliteMigrations
{
    /// <summary>Marks a file as ForumHelper's (<c>PRAGMA application_id</c>, "FHlp").</summary>
    public const long ApplicationId = 0x46486C70;

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "cases and meta tables", $"""
            PRAGMA application_id = {ApplicationId};
            CREATE TABLE meta (
                name  TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE cases (
                id              INTEGER PRIMARY KEY,
                at_ms           INTEGER NOT NULL,
                member          TEXT    NOT NULL,
                server          TEXT,
                transport       TEXT    NOT NULL,
                marketplace     TEXT    NOT NULL,
                asked_by        TEXT    NOT NULL,
                stage           TEXT    NOT NULL,
                reason          TEXT,
                buyer           TEXT,
                late            TEXT,
                orders_bucket   TEXT,
                rate            INTEGER,
                reviews_bucket  TEXT,
                value_bucket    TEXT,
                promised_refund INTEGER,
                recommendation  TEXT    NOT NULL,
                rule            TEXT    NOT NULL,
                answer_version  TEXT    NOT NULL,
                feedback        TEXT    NOT NULL DEFAULT 'none'
            );
            """),
        // The statistics index covers every column the statistics read, so a period's grouping
        // scans one slice of the index instead of looking up each case (800 ms → see README).
        new(2, "indexes for statistics, retention and forget-me", """
            CREATE INDEX cases_stats ON cases (at_ms, recommendation, reason, stage, asked_by, buyer, marketplace, answer_version, feedback, member);
            CREATE INDEX cases_member ON cases (member);
            """),
    ];

    public static int Latest => All[^1].Version;
}
