namespace ForumHelper.Core.Cases;

/// <summary>
/// The SQLite schema, as numbered steps. The database records the last step applied in
/// <c>PRAGMA user_version</c>. Never edit a released step: add the next one.
/// </summary>
public static class SqliteMigrations
{
    // Cases are stored in time order (WITHOUT ROWID, keyed by time then id): a period's statistics
    // and retention's purge read one contiguous slice, and new cases append at the end.

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
                id              INTEGER NOT NULL,
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
                rate_bucket     TEXT,
                reviews_bucket  TEXT,
                value_bucket    TEXT,
                promised_refund INTEGER,
                recommendation  TEXT    NOT NULL,
                rule            TEXT    NOT NULL,
                answer_version  TEXT    NOT NULL,
                feedback        TEXT    NOT NULL DEFAULT 'none',
                PRIMARY KEY (at_ms, id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX cases_id ON cases (id);
            """),
        new(2, "index for forget-me", """
            CREATE INDEX cases_member ON cases (member);
            """),
        new(3, "the day a rating was given", """
            ALTER TABLE cases ADD COLUMN feedback_day_ms INTEGER;
            UPDATE cases SET feedback_day_ms = at_ms - at_ms % 86400000 WHERE feedback <> 'none';
            """),
    ];

    public static int Latest => All[^1].Version;
}
