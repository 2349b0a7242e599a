using ForumHelper.Core.Facts;
using ForumHelper.Core.Understanding;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Understanding;

/// <summary>The reader with the repository's understanding file: what it takes, and what it leaves unclear or unsaid.</summary>
public class UnderstandingBookTests
{
    private static UnderstandingBook Book => RealData.Set.Understanding;

    [Fact]
    public void Read_OriginThread_TakesWhoStageAndBuyerWithTheirWords()
    {
        var reading = Book.Read("The buyer wants to cancel after I showed him the first draft in chat and now he doesn't answer");

        Assert.Equal(Codes(("asked-by", "buyer"), ("stage", "draft-in-chat"), ("buyer", "silent")), reading.Facts);
        Assert.Equal("buyer wants to cancel", reading.Evidence["asked-by"]);
        Assert.Equal("draft in chat", reading.Evidence["stage"]);
        Assert.Equal("doesn't answer", reading.Evidence["buyer"]);
        Assert.Empty(reading.Unclear);
    }

    [Theory]
    [InlineData("He hasn't replied since Monday.")]
    [InlineData("the client never answered")]
    [InlineData("No reply from him at all")]
    [InlineData("he stopped answering my messages")]
    public void Read_NegatedAnswer_IsASilentBuyer(string text)
    {
        Assert.Equal(Code("buyer", "silent"), Book.Read(text).Facts["buyer"]);
    }

    [Fact]
    public void Read_NegatedAnswer_EvidenceShowsTheNegation()
    {
        var reading = Book.Read("The client hasn't replied since.");

        Assert.Equal("client hasn't replied", reading.Evidence["buyer"]);
    }

    [Theory]
    [InlineData("No, he answered me this morning.")]
    [InlineData("He didn't like the logo, but he answered quickly.")]
    public void Read_NegationInAnotherClause_DoesNotTurnTheSignalAround(string text)
    {
        Assert.Equal(Code("buyer", "responsive"), Book.Read(text).Facts["buyer"]);
    }

    [Fact]
    public void Read_NegationOfAnotherWord_DoesNotReachTheSignal()
    {
        var reading = Book.Read("he doesn't like my draft that I showed in the messages");

        Assert.Equal(Code("stage", "draft-in-chat"), reading.Facts["stage"]);
        Assert.Equal(Code("reason", "not-as-expected"), reading.Facts["reason"]);
    }

    [Fact]
    public void Read_DeliverButtonNotUsed_IsADraftInChatNotADelivery()
    {
        var reading = Book.Read("I did NOT use the deliver button, only sent the draft in the chat.");

        Assert.Equal(Code("stage", "draft-in-chat"), reading.Facts["stage"]);
    }

    [Fact]
    public void Read_DraftThenFinalDelivery_TakesTheLaterStage()
    {
        var reading = Book.Read("First I sent a draft in chat, then delivered the final files.");

        Assert.Equal(Code("stage", "delivered"), reading.Facts["stage"]);
        Assert.Equal(Code("done", "all"), reading.Facts["done"]);
    }

    [Fact]
    public void Read_DeliveredTheFirstDraft_LongerSignalWinsOverIDelivered()
    {
        Assert.Equal(Code("stage", "draft-delivered"), Book.Read("I delivered the first draft yesterday").Facts["stage"]);
    }

    [Fact]
    public void Read_AnsweredThenIgnoring_IsUnclearNotGuessed()
    {
        var reading = Book.Read("he answered me yesterday but today he is ignoring me");

        Assert.False(reading.Facts.ContainsKey("buyer"));
        Assert.Contains("buyer", reading.Unclear);
    }

    [Fact]
    public void Read_SaidAndNegated_IsUnclear()
    {
        var reading = Book.Read("I delivered the order. He says I never delivered it.");

        Assert.False(reading.Facts.ContainsKey("stage"));
        Assert.Contains("stage", reading.Unclear);
    }

    [Fact]
    public void Read_LoneWeakHint_IsUnclear()
    {
        var reading = Book.Read("I showed him the first draft");

        Assert.False(reading.Facts.ContainsKey("stage"));
        Assert.Contains("stage", reading.Unclear);
    }

    [Theory]
    [InlineData("It was a $40 order", "value", 40)]
    [InlineData("40 bucks for a logo", "value", 40)]
    [InlineData("a logo for 40 dollars", "value", 40)]
    [InlineData("40$ logo", "value", 40)]
    [InlineData("a $1.2k website", "value", 1200)]
    [InlineData("Buyer paid 1,200 dollars", "value", 1200)]
    [InlineData("the order is due in 6 hours", "due-in-hours", 6)]
    [InlineData("only 6 hours left", "due-in-hours", 6)]
    [InlineData("2 days left before the deadline", "due-in-hours", 48)]
    [InlineData("I have 120 reviews", "reviews", 120)]
    [InlineData("level 2 with 2k reviews", "reviews", 2000)]
    [InlineData("95% completion", "rate", 95)]
    [InlineData("completion rate is 91", "rate", 91)]
    [InlineData("my completion rate dropped to 89%", "rate", 89)]
    [InlineData("20 orders in the last 60 days", "orders-60d", 20)]
    public void Read_NumberWithItsWords_IsTaken(string text, string fact, int expected)
    {
        Assert.Equal(expected, Book.Read(text).Facts[fact]);
    }

    [Theory]
    [InlineData("2 days late", "very-late")]
    [InlineData("a day late", "very-late")]
    [InlineData("late by more than a day", "very-late")]
    [InlineData("I'm running a few hours late", "late")]
    [InlineData("6 hours late", "late")]
    [InlineData("due in 6 hours", "on-time")]
    [InlineData("it's not late", "on-time")]
    public void Read_HowLate_FromNumbersAndWords(string text, string expected)
    {
        Assert.Equal(Code("late", expected), Book.Read(text).Facts["late"]);
    }

    [Theory]
    [InlineData("he only wants $20 back", "value")]
    [InlineData("I'm a level 2 seller", "orders-60d")]
    [InlineData("He gave me 5 stars", "reviews")]
    [InlineData("it will be ready in 2 days", "due-in-hours")]
    [InlineData("4.9 stars", "rate")]
    [InlineData("he threatened to leave a review", "reviews")]
    public void Read_NumberWithoutWordsThatSayWhatItIs_IsNotTaken(string text, string fact)
    {
        Assert.False(Book.Read(text).Facts.ContainsKey(fact));
    }

    [Fact]
    public void Read_TwoDifferentValues_NumberIsUnclear()
    {
        var reading = Book.Read("the order was $40, no wait, it was a $60 order");

        Assert.False(reading.Facts.ContainsKey("value"));
        Assert.Contains("value", reading.Unclear);
    }

    [Fact]
    public void Read_OrdersThisMonth_IsUnclearNotTheSixtyDayCount()
    {
        var reading = Book.Read("I did 20 orders this month");

        Assert.False(reading.Facts.ContainsKey("orders-60d"));
        Assert.Contains("orders-60d", reading.Unclear);
    }

    [Fact]
    public void Read_RateOutsideItsRange_IsUnclear()
    {
        Assert.Contains("rate", Book.Read("completion rate is 150").Unclear);
    }

    [Fact]
    public void Read_UpworkNamed_IsUpworkWithItsFacts()
    {
        var reading = Book.Read("On Upwork, hourly contract, the client disputed my hours from last week.");

        Assert.Equal(Codes(("asked-by", "buyer"), ("contract", "hourly"), ("marketplace", "upwork")), reading.Facts);
    }

    [Fact]
    public void Read_UpworkOnlyHinted_TwoHintsMakeItClear()
    {
        var reading = Book.Read("The client asked for the escrow back after I submitted the milestone.");

        Assert.Equal(Code("marketplace", "upwork"), reading.Facts["marketplace"]);
        Assert.Equal(Code("funds", "in-escrow"), reading.Facts["funds"]);
    }

    [Fact]
    public void Read_OneUpworkHint_LeavesTheMarketplaceUnsaid()
    {
        var reading = Book.Read("The client wants to cancel the order.");

        Assert.False(reading.Facts.ContainsKey("marketplace"));
        Assert.DoesNotContain("marketplace", reading.Unclear);
    }

    [Fact]
    public void Read_UpworkOnlyFactOnFiverr_IsDropped()
    {
        var reading = Book.Read("On fiverr, buyer wants to cancel and the money is in escrow, it is an hourly job");

        Assert.Equal(Code("marketplace", "fiverr"), reading.Facts["marketplace"]);
        Assert.False(reading.Facts.ContainsKey("funds"));
        Assert.False(reading.Facts.ContainsKey("contract"));
        Assert.DoesNotContain("funds", reading.Evidence.Keys);
    }

    [Theory]
    [InlineData("buyer canceld after i deliverd the final files", "stage", "delivered")]
    [InlineData("the cleint wants a refund", "asked-by", "buyer")]
    [InlineData("He is threatning me", "buyer", "hostile")]
    public void Read_SimpleTypos_AreMended(string text, string fact, string expected)
    {
        Assert.Equal(Code(fact, expected), Book.Read(text).Facts[fact]);
    }

    [Fact]
    public void Read_EvidenceOfATypo_IsTheMembersOwnWords()
    {
        Assert.Equal("after i deliverd", Book.Read("buyer canceld after i deliverd the final files").Evidence["stage"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Hello! Can anyone help me please?")]
    public void Read_NothingToRead_IsEmpty(string text)
    {
        var reading = Book.Read(text);

        Assert.Empty(reading.Facts);
        Assert.Empty(reading.Unclear);
    }

    [Fact]
    public void Read_VeryLongText_ReadsItsStartAndReturns()
    {
        var text = "The buyer wants to cancel. " + string.Concat(Enumerable.Repeat("blah ", 50_000));

        var reading = Book.Read(text);

        Assert.Equal(Code("asked-by", "buyer"), reading.Facts["asked-by"]);
    }

    [Fact]
    public void Describe_UpworkFacts_UseTheClientsWords()
    {
        var said = Book.Describe(Codes(("asked-by", "buyer"), ("stage", "draft-in-chat"), ("buyer", "silent"), ("value", "40")), Marketplace.Upwork);

        Assert.Equal(["the client asked to cancel", "a draft was shown in chat, not delivered", "the client has gone quiet", "a $40 contract"], said);
    }

    internal static int Code(string fact, string value) => FactBinder.ParseValue(FactCatalog.Find(fact)!, value).Value;

    internal static Dictionary<string, int> Codes(params (string Fact, string Value)[] facts) =>
        facts.ToDictionary(f => f.Fact, f => Code(f.Fact, f.Value), StringComparer.Ordinal);
}
