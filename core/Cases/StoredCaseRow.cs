using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Cases;

/// <summary>
/// A <c>cases</c> row as the database returns it, before it becomes a <see cref="CaseRecord"/>.
/// Settable properties, not a constructor, so Dapper widens each provider's integer types
/// (SQLite's 64-bit everything, PostgreSQL's <c>integer</c>) into the same shape.
/// </summary>
internal sealed class StoredCaseRow
{
    public long Id { get; set; }
    public long AtMs { get; set; }
    public string Member { get; set; } = "";
    public string? Server { get; set; }
    public string Transport { get; set; } = "";
    public string Marketplace { get; set; } = "";
    public string AskedBy { get; set; } = "";
    public string Stage { get; set; } = "";
    public string? Reason { get; set; }
    public string? Buyer { get; set; }
    public string? Late { get; set; }
    public string? OrdersBucket { get; set; }
    public string? RateBucket { get; set; }
    public string? ReviewsBucket { get; set; }
    public string? ValueBucket { get; set; }
    public long? PromisedRefund { get; set; }
    public string Recommendation { get; set; } = "";
    public string Rule { get; set; } = "";
    public string AnswerVersion { get; set; } = "";
    public string Feedback { get; set; } = "";

    public CaseRecord ToRecord() => new()
    {
        Id = Id,
        At = DateTimeOffset.FromUnixTimeMilliseconds(AtMs),
        Member = Member,
        Server = Server,
        Transport = WireNames.Parse<Transport>(Transport) ?? Cases.Transport.Discord,
        Marketplace = Marketplace,
        AskedBy = AskedBy,
        Stage = Stage,
        Reason = Reason,
        Buyer = Buyer,
        Late = Late,
        OrdersBucket = OrdersBucket,
        RateBucket = RateBucket,
        ReviewsBucket = ReviewsBucket,
        ValueBucket = ValueBucket,
        PromisedRefund = PromisedRefund is { } flag ? flag != 0 : null,
        Recommendation = Recommendation,
        Rule = Rule,
        AnswerVersion = AnswerVersion,
        Feedback = WireNames.Parse<Feedback>(Feedback) ?? Cases.Feedback.None,
    };
}
