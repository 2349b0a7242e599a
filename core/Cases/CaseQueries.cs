using System.Data;
using Dapper;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The queries every case store runs as they are: SQLite and PostgreSQL agree on this SQL, so both
/// stores share it (and its tests). Only the schema, the bulk insert and the failure handling
/// differ, and those stay in each store.
/// </summary>
internal static class CaseQueries
{
    public static string? ReadMeta(IDbConnection connection, string name) =>
        connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE name = @name", new { name }, commandTimeout: CommandTimeouts.Of(connection));

    public static void SetMeta(IDbConnection connection, string name, string value) =>
        connection.Execute("INSERT INTO meta (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value", new { name, value }, commandTimeout: CommandTimeouts.Of(connection));

    /// <summary>Stores the value unless one is there already; returns the stored one. Two replicas claiming at once agree on the first.</summary>
    public static string ClaimMeta(IDbConnection connection, string name, string value)
    {
        connection.Execute("INSERT INTO meta (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING", new { name, value }, commandTimeout: CommandTimeouts.Of(connection));
        return ReadMeta(connection, name) ?? value;
    }

    public static CaseRecord? Find(IDbConnection connection, long id) =>
        connection.QueryFirstOrDefault<StoredCaseRow>(
            """
            SELECT id AS Id, at_ms AS AtMs, member AS Member, server AS Server, transport AS Transport, marketplace AS Marketplace,
                   asked_by AS AskedBy, stage AS Stage, reason AS Reason, buyer AS Buyer, late AS Late,
                   orders_bucket AS OrdersBucket, rate_bucket AS RateBucket, reviews_bucket AS ReviewsBucket, value_bucket AS ValueBucket,
                   promised_refund AS PromisedRefund, recommendation AS Recommendation, rule AS Rule,
                   answer_version AS AnswerVersion, feedback AS Feedback
            FROM cases WHERE id = @id
            """,
            new { id }, commandTimeout: CommandTimeouts.Of(connection))?.ToRecord();

    /// <summary>Only the member who asked can rate the answer: a forged click changes nothing.</summary>
    public static void SetFeedback(IDbConnection connection, IDbTransaction transaction, SetFeedback feedback) =>
        connection.Execute("UPDATE cases SET feedback = @feedback, feedback_day_ms = @day WHERE id = @CaseId AND member = @Member",
            new { feedback.CaseId, feedback.Member, feedback = WireNames.Of(feedback.Feedback), day = CaseStats.LastMidnight(feedback.At).ToUnixTimeMilliseconds() }, transaction, commandTimeout: CommandTimeouts.Of(connection));

    public static int ForgetMember(IDbConnection connection, string member, IDbTransaction? transaction = null) =>
        connection.Execute("DELETE FROM cases WHERE member = @member", new { member }, transaction, commandTimeout: CommandTimeouts.Of(connection));

    public static int PurgeBefore(IDbConnection connection, DateTimeOffset cutoff) =>
        connection.Execute("DELETE FROM cases WHERE at_ms < @cutoff", new { cutoff = cutoff.ToUnixTimeMilliseconds() }, commandTimeout: CommandTimeouts.Of(connection));

    public static IReadOnlyList<GroupCount> CountBy(IDbConnection connection, CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server, Transport? transport)
    {
        var column = Column(grouping);
        return connection.Query<GroupCount>(
            $"SELECT COALESCE({column}, 'unknown') AS Key, count(*) AS Count FROM cases WHERE {InRange} GROUP BY 1",
            Range(from, to, server, transport), commandTimeout: CommandTimeouts.Of(connection)).AsList();
    }

    public static int DistinctMembers(IDbConnection connection, DateTimeOffset from, DateTimeOffset to, string? server, Transport? transport) =>
        connection.ExecuteScalar<int>($"SELECT count(DISTINCT member) FROM cases WHERE {InRange}", Range(from, to, server, transport), commandTimeout: CommandTimeouts.Of(connection));

    public static IReadOnlyList<HelpfulnessCount> Helpfulness(IDbConnection connection, DateTimeOffset from, DateTimeOffset to, string? server, Transport? transport) =>
        connection.Query<HelpfulnessCount>(
            $"""
            SELECT recommendation AS Recommendation,
                   sum(CASE WHEN {FeedbackByPeriodEnd} = 'helpful' THEN 1 ELSE 0 END) AS Helpful,
                   sum(CASE WHEN {FeedbackByPeriodEnd} = 'not-helpful' THEN 1 ELSE 0 END) AS NotHelpful
            FROM cases WHERE {InRange}
            GROUP BY recommendation
            """,
            Range(from, to, server, transport), commandTimeout: CommandTimeouts.Of(connection)).AsList();

    // A period, optionally one server (moderators of one community see only its cases) and one
    // transport (stored as its wire name, text in both databases: `discord`, `cli`).
    private const string InRange = "at_ms >= @From AND at_ms < @To AND (@Server IS NULL OR server = @Server) AND (@Transport IS NULL OR transport = @Transport)";

    // A rating counts in the periods that end after the day it was given, as a case does: a report
    // cannot change when a member rates, so two reports say nothing about who rated what.
    private const string FeedbackByPeriodEnd = "(CASE WHEN feedback_day_ms < @To THEN feedback ELSE 'none' END)";

    private static PeriodArguments Range(DateTimeOffset from, DateTimeOffset to, string? server, Transport? transport) =>
        new(from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), server, transport is { } t ? WireNames.Of(t) : null);

    // Columns come from this closed list only, never from input.
    private static string Column(CaseGrouping grouping) => grouping switch
    {
        CaseGrouping.Recommendation => "recommendation",
        CaseGrouping.Reason => "reason",
        CaseGrouping.Stage => "stage",
        CaseGrouping.AskedBy => "asked_by",
        CaseGrouping.Buyer => "buyer",
        CaseGrouping.Marketplace => "marketplace",
        CaseGrouping.AnswerVersion => "answer_version",
        CaseGrouping.Feedback => FeedbackByPeriodEnd,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping)),
    };
}
