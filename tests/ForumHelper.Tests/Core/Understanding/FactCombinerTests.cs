using ForumHelper.Core.Facts;
using ForumHelper.Core.Understanding;
using static ForumHelper.Tests.Core.Understanding.UnderstandingBookTests;

namespace ForumHelper.Tests.Core.Understanding;

public class FactCombinerTests
{
    private static readonly DescriptionReading Origin = Reading(("asked-by", "buyer"), ("stage", "draft-in-chat"), ("buyer", "silent"));

    [Fact]
    public void Combine_TextAloneWithTheRequiredFacts_GivesFactsAllUnderstood()
    {
        var combined = FactCombiner.Combine(Origin, new Dictionary<string, int>());

        Assert.NotNull(combined.Facts);
        Assert.Equal(AskedBy.Buyer, combined.Facts.AskedBy);
        Assert.Equal(OrderStage.DraftInChat, combined.Facts.Stage);
        Assert.Equal(BuyerBehaviour.Silent, combined.Facts.Buyer);
        Assert.Equal(Marketplace.Fiverr, combined.Facts.Marketplace);
        Assert.Equal(Origin.Facts, combined.Understood);
        Assert.Empty(combined.Needs);
        Assert.Empty(combined.Disagreements);
    }

    [Fact]
    public void Combine_ChoiceAndTextDisagree_ChoiceWinsAndIsListed()
    {
        var combined = FactCombiner.Combine(Origin, Codes(("stage", "delivered")));

        Assert.Equal(OrderStage.Delivered, combined.Facts!.Stage);
        Assert.Equal(["stage"], combined.Disagreements);
        Assert.False(combined.Understood.ContainsKey("stage"));
        Assert.True(combined.Understood.ContainsKey("asked-by"));
    }

    [Fact]
    public void Combine_ChoiceAgreesWithText_NoDisagreementAndNotCountedAsUnderstood()
    {
        var combined = FactCombiner.Combine(Origin, Codes(("stage", "draft-in-chat")));

        Assert.Empty(combined.Disagreements);
        Assert.False(combined.Understood.ContainsKey("stage"));
    }

    [Fact]
    public void Combine_RequiredFactsMissing_NoFactsAndNeedsInCatalogOrder()
    {
        var combined = FactCombiner.Combine(Reading(("buyer", "silent")), new Dictionary<string, int>());

        Assert.Null(combined.Facts);
        Assert.Equal(["asked-by", "stage"], combined.Needs);
        Assert.Equal(Codes(("buyer", "silent")), combined.Understood);
    }

    [Fact]
    public void Combine_ChoiceFillsWhatTheTextLacks_Answerable()
    {
        var combined = FactCombiner.Combine(Reading(("stage", "delivered")), Codes(("asked-by", "me")));

        Assert.Equal(AskedBy.Me, combined.Facts!.AskedBy);
        Assert.Equal(OrderStage.Delivered, combined.Facts.Stage);
    }

    [Fact]
    public void Combine_UpworkFactsReadButFiverrChosen_DropsThemFromTheFacts()
    {
        var reading = Reading(("asked-by", "buyer"), ("stage", "delivered"), ("funds", "in-escrow"), ("contract", "fixed"));

        var combined = FactCombiner.Combine(reading, Codes(("marketplace", "fiverr")));

        Assert.Null(combined.Facts!.Funds);
        Assert.Null(combined.Facts.Contract);
        Assert.False(combined.Understood.ContainsKey("funds"));
    }

    [Fact]
    public void Combine_UpworkFactsReadAndNoMarketplaceAnywhere_DropsThemForTheFiverrDefault()
    {
        var combined = FactCombiner.Combine(Reading(("asked-by", "buyer"), ("stage", "delivered"), ("contract", "hourly")), new Dictionary<string, int>());

        Assert.Equal(Marketplace.Fiverr, combined.Facts!.Marketplace);
        Assert.Null(combined.Facts.Contract);
    }

    [Fact]
    public void Combine_UpworkReadFromTheText_KeepsItsFacts()
    {
        var combined = FactCombiner.Combine(Reading(("asked-by", "buyer"), ("stage", "delivered"), ("funds", "in-escrow"), ("marketplace", "upwork")), new Dictionary<string, int>());

        Assert.Equal(Marketplace.Upwork, combined.Facts!.Marketplace);
        Assert.Equal(FundsLocation.InEscrow, combined.Facts.Funds);
        Assert.Equal(Code("marketplace", "upwork"), combined.Understood["marketplace"]);
    }

    [Fact]
    public void Combine_UpworkChosenByTheMember_KeepsTheUpworkFactsOfTheText()
    {
        var combined = FactCombiner.Combine(Reading(("asked-by", "buyer"), ("stage", "delivered"), ("contract", "hourly")), Codes(("marketplace", "upwork")));

        Assert.Equal(ContractType.Hourly, combined.Facts!.Contract);
    }

    [Fact]
    public void Combine_UpworkOnlyFactChosenForFiverr_NeverReachesTheFacts()
    {
        var combined = FactCombiner.Combine(Origin, Codes(("contract", "hourly")));

        Assert.Null(combined.Facts!.Contract);
    }

    [Theory]
    [InlineData("no-such-fact", 0)]
    [InlineData("stage", 99)]
    [InlineData("rate", 101)]
    public void Combine_ChoiceNoFactCanTake_Throws(string fact, int code)
    {
        Assert.Throws<ArgumentException>(() => FactCombiner.Combine(Origin, new Dictionary<string, int> { [fact] = code }));
    }

    private static DescriptionReading Reading(params (string Fact, string Value)[] facts) =>
        new(Codes(facts), facts.ToDictionary(f => f.Fact, f => "some words", StringComparer.Ordinal), []);
}
