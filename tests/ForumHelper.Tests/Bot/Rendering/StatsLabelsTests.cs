using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsLabelsTests
{
    private static readonly StatsLabels Labels = new(RealData.Set.BookFor("en"));

    [Theory]
    [InlineData(CaseGrouping.Recommendation, "accept-cancellation", "Accept the cancellation")]
    [InlineData(CaseGrouping.Recommendation, "offer-partial-refund", "Offer a partial refund")]
    [InlineData(CaseGrouping.Reason, "changed-mind", "The buyer changed their mind")]
    [InlineData(CaseGrouping.Buyer, "silent", "The buyer has gone quiet")]
    [InlineData(CaseGrouping.AskedBy, "buyer", "The buyer sent a cancellation request")]
    [InlineData(CaseGrouping.Stage, "draft-in-chat", "Draft in chat")]
    [InlineData(CaseGrouping.Marketplace, "fiverr", "Fiverr")]
    [InlineData(CaseGrouping.Feedback, "not-helpful", "Not helpful")]
    [InlineData(CaseGrouping.Feedback, "none", "Not rated")]
    [InlineData(CaseGrouping.Reason, "unknown", "Not given")]
    [InlineData(CaseGrouping.AnswerVersion, "3f2a9c1-answers", "3f2a9c1-answers")]
    public void For_Key_WordsAModeratorReads(CaseGrouping grouping, string key, string expected)
    {
        Assert.Equal(expected, Labels.For(grouping, key));
    }

    [Fact]
    public void For_RecommendationWithoutAnAnswerBook_Humanized()
    {
        Assert.Equal("Offer partial refund", StatsLabels.Humanized.For(CaseGrouping.Recommendation, "offer-partial-refund"));
    }
}
