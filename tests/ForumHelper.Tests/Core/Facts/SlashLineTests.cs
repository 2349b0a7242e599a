using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class SlashLineTests
{
    [Fact]
    public void ParseFacts_OriginLine_BindsEveryGivenFactAndLeavesTheRestUnknown()
    {
        var result = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected");

        Assert.True(result.IsSuccess);
        var facts = result.Value;
        Assert.Equal(AskedBy.Buyer, facts.AskedBy);
        Assert.Equal(OrderStage.DraftInChat, facts.Stage);
        Assert.Equal(BuyerBehaviour.Silent, facts.Buyer);
        Assert.Equal(BuyerReason.NotAsExpected, facts.Reason);
        Assert.Null(facts.Late);
        Assert.Null(facts.OrdersInWindow);
        Assert.Null(facts.PromisedRefund);
        Assert.Equal(Marketplace.Fiverr, facts.Marketplace);
    }

    [Fact]
    public void ParseFacts_EveryOptionKind_ParsesNumbersBooleansAndMarketplace()
    {
        var result = SlashLine.ParseFacts("/cancel-advice asked-by:me stage:delivered orders-60d:20 rate:95 reviews:0 value:120 promised-refund:TRUE marketplace:upwork late:very-late");

        Assert.True(result.IsSuccess);
        Assert.Equal(20, result.Value.OrdersInWindow);
        Assert.Equal(95, result.Value.CompletionRate);
        Assert.Equal(0, result.Value.Reviews);
        Assert.Equal(120, result.Value.OrderValue);
        Assert.True(result.Value.PromisedRefund);
        Assert.Equal(Marketplace.Upwork, result.Value.Marketplace);
        Assert.Equal(Lateness.VeryLate, result.Value.Late);
    }

    [Fact]
    public void ParseFacts_DisputeDetails_ParseEveryNewFact()
    {
        var result = SlashLine.ParseFacts("/cancel-advice asked-by:me stage:in-progress done:most off-platform:work due-in-hours:6 already:buyer-refused-cancel");

        Assert.True(result.IsSuccess);
        Assert.Equal(WorkDone.Most, result.Value.Done);
        Assert.Equal(OffPlatform.Work, result.Value.OffPlatform);
        Assert.Equal(6, result.Value.DueInHours);
        Assert.Equal(PriorStep.BuyerRefusedCancel, result.Value.Already);
    }

    [Fact]
    public void ParseFacts_UpworkFactsOnUpwork_Parse()
    {
        var result = SlashLine.ParseFacts("/cancel-advice marketplace:upwork asked-by:buyer stage:delivered contract:hourly funds:in-escrow");

        Assert.True(result.IsSuccess);
        Assert.Equal(ContractType.Hourly, result.Value.Contract);
        Assert.Equal(FundsLocation.InEscrow, result.Value.Funds);
    }

    [Theory]
    [InlineData("/cancel-advice asked-by:buyer stage:delivered contract:fixed", "contract")]
    [InlineData("/cancel-advice asked-by:buyer stage:delivered funds:released marketplace:fiverr", "funds")]
    public void ParseFacts_UpworkOnlyFactOnFiverr_IsRefusedSayingWhereItApplies(string line, string fact)
    {
        var result = SlashLine.ParseFacts(line);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(fact, problem.Option);
        Assert.Contains("applies to upwork only", problem.Message);
        Assert.Contains("marketplace:upwork", problem.Valid);
    }

    [Fact]
    public void ParseFacts_QuotedValueAndSpaceAfterColon_AreAccepted()
    {
        var result = SlashLine.ParseFacts("/cancel-advice asked-by: buyer stage:\"delivered\"");

        Assert.True(result.IsSuccess);
        Assert.Equal(OrderStage.Delivered, result.Value.Stage);
    }

    [Fact]
    public void ParseFacts_LongValueOfCharactersBeyondUFFFF_EchoIsCutBetweenCharacters()
    {
        // 𝔘 is two UTF-16 units, so the 37th unit is the first half of the 19th.
        var result = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:" + string.Concat(Enumerable.Repeat("𝔘", 30)));

        var message = Assert.Single(result.Problems).Message;
        Assert.Contains("`" + string.Concat(Enumerable.Repeat("𝔘", 18)) + "...`", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFacts_NoLeadingSlash_SaysHowAQuestionStarts()
    {
        var error = Assert.Single(SlashLine.ParseFacts("cancel-advice asked-by:buyer").Problems);

        Assert.Contains("starts with the command", error.Message);
    }

    [Fact]
    public void ParseFacts_UnknownCommand_SuggestsCancelAdvice()
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advise asked-by:buyer stage:delivered").Problems);

        Assert.Equal("/cancel-advice", error.Suggestion);
    }

    [Fact]
    public void ParseFacts_UnknownOption_SuggestsNearestOption()
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advice askedby:buyer asked-by:buyer stage:delivered").Problems);

        Assert.Equal("askedby", error.Option);
        Assert.Equal("asked-by", error.Suggestion);
    }

    [Theory]
    [InlineData("stage:draft", "draft-in-chat")]
    [InlineData("stage:delivred", "delivered")]
    [InlineData("stage:\"draft in chat\"", "draft-in-chat")]
    [InlineData("stage:not_started", "not-started")]
    public void ParseFacts_MistypedChoice_SuggestsNearestValue(string option, string suggestion)
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advice asked-by:buyer " + option).Problems);

        Assert.Equal(suggestion, error.Suggestion);
        Assert.Contains("draft-in-chat", error.Valid);
    }

    [Theory]
    [InlineData("rate:101", "outside 0–100")]
    [InlineData("rate:-1", "outside 0–100")]
    [InlineData("value:0", "outside 1–100000")]
    [InlineData("orders-60d:many", "must be a whole number")]
    [InlineData("reviews:99999999999999999999", "must be a whole number")]
    [InlineData("promised-refund:yes", "must be true or false")]
    public void ParseFacts_InvalidValue_NamesTheProblemAndTheValidRange(string option, string message)
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered " + option).Problems);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ParseFacts_MissingRequiredOptions_ReportsEachOne()
    {
        var errors = SlashLine.ParseFacts("/cancel-advice reason:late").Problems;

        Assert.Equal(["asked-by", "stage"], errors.Select(e => e.Option));
    }

    [Fact]
    public void ParseFacts_InvalidRequiredValue_IsNotAlsoReportedMissing()
    {
        var errors = SlashLine.ParseFacts("/cancel-advice asked-by:buyr stage:delivered").Problems;

        Assert.Equal("asked-by", Assert.Single(errors).Option);
    }

    [Fact]
    public void ParseFacts_OptionTwice_IsAnError()
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered stage:completed").Problems);

        Assert.Contains("given twice", error.Message);
    }

    [Theory]
    [InlineData("/cancel-advice asked-by", "needs a value")]
    [InlineData("/cancel-advice asked-by:", "no value after the colon")]
    [InlineData("/cancel-advice asked-by:\"buyer", "never closes")]
    [InlineData("/", "command name is missing")]
    public void Parse_BrokenSyntax_ExplainsTheSyntax(string line, string message)
    {
        var error = Assert.Single(SlashLine.Parse(line).Problems);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ParseFacts_HugeValue_IsShortenedInTheMessage()
    {
        var error = Assert.Single(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:" + new string('x', 100_000)).Problems);

        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void Format_ParsedFacts_RoundTrips()
    {
        const string line = "/cancel-advice asked-by:buyer stage:delivered reason:scope-creep late:on-time orders-60d:3 rate:75 value:40 promised-refund:false marketplace:upwork";

        var facts = SlashLine.ParseFacts(line).Value!;

        Assert.Equal(line, SlashLine.Format(facts));
    }
}
