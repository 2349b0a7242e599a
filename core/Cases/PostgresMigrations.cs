namespace ForumHelper.Core.Cases;

/// <summary>
/// The PostgreSQL schema, as numbered steps, in the schema (search path) the connection string
/// names. The database records each step applied in <c>forumhelper_schema</c>. Never edit a
/// released step: add the next one.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>The table that marks a schema as ForumHelper's and says which steps it has.</summary>
    public const string VersionTable = "forumhelper_schema";

    /// <summary>The advisory lock replicas take to migrate one at a time ("FHlp", as SQLite's application id).</summary>
    public const long AdvisoryLock = SqliteMigrations.ApplicationId;

    // The columns and their meaning are SQLite's (the queries are shared); the storage differs:
    // a heap with a time index instead of SQLite's time-ordered table, since PostgreSQL has none.
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "cases and meta tables", """
            CREATE TABLE meta (
                name  text PRIMARY KEY,
                value text NOT NULL
            );
            CREATE TABLE cases (
                id              bigint  PRIMARY KEY,
                at_ms           bigint  NOT NULL,
                member          text    NOT NULL,
                server          text,
                transport       text    NOT NULL,
                marketplace     text    NOT NULL,
                asked_by        text    NOT NULL,
                stage           text    NOT NULL,
                reason          text,
                buyer           text,
                late            text,
                orders_bucket   text,
                rate_bucket     text,
                reviews_bucket  text,
                value_bucket    text,
                promised_refund integer,
                recommendation  text    NOT NULL,
                rule            text    NOT NULL,
                answer_version  text    NOT NULL,
                feedback        text    NOT NULL DEFAULT 'none'
            );
            CREATE INDEX cases_at ON cases (at_ms);
            CREATE INDEX cases_member ON cases (member);
            """),
        new(2, "the day a rating was given", """
            ALTER TABLE cases ADD COLUMN feedback_day_ms bigint;
            UPDATE cases SET feedback_day_ms = at_ms - at_ms % 86400000 WHERE feedback <> 'none';
            """),
    ];

    public static int Latest => All[^1].Version;
}
