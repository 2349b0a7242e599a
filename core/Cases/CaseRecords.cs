using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Cases;

/// <summary>Builds the stored form of an answered case: wire names, buckets and pseudonyms only.</summary>
public static class CaseRecords
{
    /// <param name="answered">The case as answered.</param>
    /// <param name="member">The member's pseudonym (never the raw id).</param>
    /// <param name="server">The server's pseudonym, or null.</param>
    /// <param name="transport">How the case arrived.</param>
    /// <param name="at">When it was answered.</param>
    /// <param name="id">The case id an interaction gave (<see cref="Pseudonymizer.CaseId"/>); a new time-ordered one when null.</param>
    public static CaseRecord From(AnsweredCase answered, string member, string? server, Transport transport, DateTimeOffset at, long? id = null)
    {
        var facts = answered.Advice.Facts;
        return new CaseRecord
        {
            Id = id ?? NewId(at),
            At = at,
            Member = member,
            Server = server,
            Transport = transport,
            Marketplace = WireNames.Of(facts.Marketplace),
            AskedBy = WireNames.Of(facts.AskedBy),
            Stage = WireNames.Of(facts.Stage),
            Reason = facts.Reason is { } reason ? WireNames.Of(reason) : null,
            Buyer = facts.Buyer is { } buyer ? WireNames.Of(buyer) : null,
            Late = facts.Late is { } late ? WireNames.Of(late) : null,
            OrdersBucket = CaseBuckets.Orders(facts.OrdersInWindow),
            RateBucket = CaseBuckets.Rate(facts.CompletionRate),
            ReviewsBucket = CaseBuckets.Reviews(facts.Reviews),
            ValueBucket = CaseBuckets.Value(facts.OrderValue),
            PromisedRefund = facts.PromisedRefund,
            Recommendation = answered.Advice.Recommendation,
            Rule = answered.Advice.RuleId,
            AnswerVersion = answered.AnswerVersion,
        };
    }

    /// <summary>A new case id for a case asked at <paramref name="at"/> (now when not given) that no interaction names: time-ordered (<see cref="CaseIds.Next"/>).</summary>
    public static long NewId(DateTimeOffset? at = null) => CaseIds.Next(at ?? DateTimeOffset.UtcNow);
}
