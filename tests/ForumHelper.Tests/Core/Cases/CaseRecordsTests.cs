using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Cases;

public class CaseRecordsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void From_AllFactsGiven_StoresWireNamesAndBuckets()
    {
        var answered = Answer("/cancel-advice asked-by:buyer stage:draft-in-chat reason:not-as-expected buyer:responsive late:very-late orders-60d:37 rate:90 reviews:12 value:1234 promised-refund:false");

        var record = CaseRecords.From(answered, "member-pseudonym", "server-pseudonym", Transport.Discord, At);

        Assert.Equal("fiverr", record.Marketplace);
        Assert.Equal("buyer", record.AskedBy);
        Assert.Equal("draft-in-chat", record.Stage);
        Assert.Equal("not-as-expected", record.Reason);
        Assert.Equal("responsive", record.Buyer);
        Assert.Equal("very-late", record.Late);
        Assert.Equal("20-49", record.OrdersBucket);
        Assert.Equal("90-94", record.RateBucket);
        Assert.Equal("10-49", record.ReviewsBucket);
        Assert.Equal("500+", record.ValueBucket);
        Assert.False(record.PromisedRefund);
    }

    [Fact]
    public void From_Answer_KeepsRecommendationRuleVersionAndCallerValues()
    {
        var answered = Answer("/cancel-advice asked-by:buyer stage:delivered");

        var record = CaseRecords.From(answered, "member-pseudonym", null, Transport.Cli, At);

        Assert.Equal(answered.Advice.Recommendation, record.Recommendation);
        Assert.Equal(answered.Advice.RuleId, record.Rule);
        Assert.Equal(RealData.Set.Version, record.AnswerVersion);
        Assert.Equal("member-pseudonym", record.Member);
        Assert.Null(record.Server);
        Assert.Equal(Transport.Cli, record.Transport);
        Assert.Equal(At, record.At);
        Assert.Equal(Feedback.None, record.Feedback);
        Assert.True(record.Id > 0);
    }

    [Fact]
    public void From_UnknownFacts_StoresNulls()
    {
        var record = CaseRecords.From(Answer("/cancel-advice asked-by:me stage:in-progress"), "m", null, Transport.Discord, At);

        Assert.Equal("me", record.AskedBy);
        Assert.Equal("in-progress", record.Stage);
        Assert.Null(record.Reason);
        Assert.Null(record.Buyer);
        Assert.Null(record.Late);
        Assert.Null(record.OrdersBucket);
        Assert.Null(record.RateBucket);
        Assert.Null(record.ReviewsBucket);
        Assert.Null(record.ValueBucket);
        Assert.Null(record.PromisedRefund);
    }

    [Fact]
    public void From_SameAnswerTwice_GivesDifferentIds()
    {
        var answered = Answer("/cancel-advice asked-by:buyer stage:delivered");

        Assert.NotEqual(
            CaseRecords.From(answered, "m", null, Transport.Discord, At).Id,
            CaseRecords.From(answered, "m", null, Transport.Discord, At).Id);
    }

    [Fact]
    public void NewId_TenThousandDraws_ArePositiveAndDistinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => CaseRecords.NewId()).ToList();

        Assert.All(ids, id => Assert.True(id > 0, $"{id} is not positive"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static ForumHelper.Core.DataFiles.AnsweredCase Answer(string line) =>
        RealData.Set.Answer(SlashLine.ParseFacts(line).Value!, Today);
}
