using CsCheck;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Disputes;

public class AdvisorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly MarketplacePolicy Fiverr = RealData.Set.Policies[Marketplace.Fiverr];

    [Fact]
    public void Advise_OriginThread_AcceptsAndAsksAboutTheDeliverButton()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected");

        Assert.Equal("accept-cancellation", advice.Recommendation);
        Assert.Equal("stage=draft-delivered", Assert.Single(advice.Confirmations).Key);
        Assert.Equal("stage=draft-delivered", advice.KeyQuestion!.Key);
        Assert.Contains("decline-cancellation", advice.Outcomes.Select(o => o.Option));
        Assert.Contains("ask-support", advice.Outcomes.Select(o => o.Option));
    }

    [Fact]
    public void Advise_WaitingForSupportWhileTheBuyersRequestIsOpen_SaysItGoesThroughUnansweredOnTheFirstScreen()
    {
        // Waiting for support must not let the buyer's request go through unanswered after 48 hours.
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered done:all reason:not-as-expected buyer:responsive already:contacted-support value:80 reviews:5");

        Assert.Equal("wait", advice.Recommendation);
        // The first note's reason is the third on the first screen: before the reviews note.
        Assert.Equal("auto-cancel-after-answer-window", advice.Reasons[advice.RuleReasonCount]);
    }

    [Fact]
    public void Advise_CancellationPath_RecoversOneDayAfterTheWindow()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat");

        var accept = advice.Outcomes.Single(o => o.Option == "accept-cancellation");
        Assert.Equal(Today.AddDays(61), accept.RecoversOn);
        Assert.Null(advice.Outcomes.Single(o => o.Option == "deliver-properly").RecoversOn);
    }

    [Fact]
    public void Advise_RecommendedPath_IsFirstAndOnlyOneIsRecommended()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected");

        Assert.True(advice.Outcomes[0].Recommended);
        Assert.Equal(advice.Recommendation, advice.Outcomes[0].Option);
        Assert.Single(advice.Outcomes, o => o.Recommended);
    }

    [Fact]
    public void Advise_UnknownFactThatWouldFlipTheAdvice_IsAskedAbout()
    {
        // A small order with few reviews is let go; with value and reviews unknown the answer must ask.
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected buyer:responsive");

        Assert.Equal("decline-cancellation", advice.Recommendation);
        var asked = advice.MissingFacts.Select(q => q.Fact.Name).ToList();
        Assert.Contains("value", asked);
        Assert.Contains("reviews", asked);
        Assert.Contains("accept-cancellation", advice.MissingFacts.First(q => q.Fact.Name == "value").CouldBecome);
    }

    [Fact]
    public void Advise_AllFactsGiven_AsksNothingMissing()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected buyer:responsive late:on-time orders-60d:20 rate:100 reviews:50 value:100 promised-refund:false done:all off-platform:none already:nothing");

        Assert.Empty(advice.MissingFacts);
    }

    [Fact]
    public void Advise_SameFactsTwice_GivesEqualAdvice()
    {
        var first = Advise("/cancel-advice asked-by:buyer stage:in-progress value:300");
        var second = Advise("/cancel-advice asked-by:buyer stage:in-progress value:300");

        Assert.Equal(first.Recommendation, second.Recommendation);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.Outcomes, second.Outcomes);
    }

    [Fact]
    public void Advise_NoteModifier_AddsItsReason()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent orders-60d:4");

        Assert.Equal("accept-cancellation", advice.Recommendation);
        Assert.Contains("few-orders-big-dip", advice.Reasons);
    }

    [Fact]
    public void Advise_Chargeback_SaysTheMoneyIsGoneAndTheCancellationCounts()
    {
        var advice = Advise("/cancel-advice asked-by:chargeback stage:completed");

        var support = advice.Outcomes[0];
        Assert.Equal("ask-support", support.Option);
        Assert.Equal(MoneyEffect.AlreadyTaken, support.Money);
        Assert.Equal(RateEffect.Cancellation, support.Rate);
    }

    [Fact]
    public void Advise_BuyerBeforeRequirements_OffersNoDecline()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:not-started reason:changed-mind");

        Assert.DoesNotContain("decline-cancellation", advice.Outcomes.Select(o => o.Option));
    }

    [Fact]
    public void Advise_FactsForAnotherMarketplace_Throws()
    {
        var facts = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered marketplace:upwork").Value!;

        Assert.Throws<ArgumentException>(() => Advisor.Advise(facts, Fiverr, Today));
    }

    [Fact]
    public void Advise_RateTheOrdersCannotGive_NamesItAndWorksFromTheOrdersAlone()
    {
        // No whole number of cancellations makes 92 % out of five completed orders (100 %, then 83 %).
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent orders-60d:5 rate:92");

        Assert.Equal([Advisor.RateImpossibleConflict], advice.Conflicts);
        var accept = advice.Outcomes.Single(o => o.Option == "accept-cancellation");
        Assert.Null(accept.RateChange!.Before);
        Assert.Equal(100.0 / 6, accept.RateChange.PointsLost!.Value, precision: 6);
        Assert.DoesNotContain("rate-already-low", advice.Reasons);
    }

    [Fact]
    public void Advise_FinishedWorkDeliveredButNothingDone_NamesTheContradiction()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered done:none");

        Assert.Contains("delivered-but-unfinished", advice.Conflicts);
    }

    [Fact]
    public void Advise_ConsistentFacts_NameNoContradiction()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:delivered done:all orders-60d:20 rate:91 due-in-hours:10");

        Assert.Empty(advice.Conflicts);
    }

    [Theory]
    [InlineData("support-decided")]
    [InlineData("dispute-open")]
    public void Advise_SupportDecidedOrDisputeOpen_SaysItIsNotConfident(string already)
    {
        var advice = Advise($"/cancel-advice asked-by:buyer stage:delivered already:{already}");

        Assert.False(advice.Confident);
        Assert.Equal("ask-support", advice.Recommendation);
    }

    [Fact]
    public void Advise_FinishedWork_NeverAsksWhetherAnUnfinishedDraftWentThroughDeliver()
    {
        var unsure = Advise("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected");
        var finished = Advise("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected done:all");

        Assert.Contains(unsure.Confirmations, q => q.Key == "stage=draft-delivered");
        Assert.DoesNotContain(finished.Confirmations, q => q.Key == "stage=draft-delivered");
    }

    [Fact]
    public void Advise_BuyerChangedMindAfterAFinishedDraftInChat_DeliversRatherThanLettingSupportCancel()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat reason:changed-mind done:all value:150");

        Assert.Equal("deliver-properly", advice.Recommendation);
    }

    [Fact]
    public void Advise_UnknownProgressWouldChangeTheAdvice_AsksHowMuchIsDone()
    {
        var advice = Advise("/cancel-advice asked-by:buyer stage:draft-in-chat reason:changed-mind");

        Assert.Contains(advice.MissingFacts, q => q.Fact.Name == "done");
    }

    [Fact]
    public void Advise_LittleDoneWithTheDueTimeCloseOrPast_NeverSaysDeliver()
    {
        // Delivering part of an order is what brings warnings: with little done and no time left,
        // "deliver" can only mean something unfinished.
        var littleDoneNoTime = Gen.Select(GeneratedFacts.Any, Gen.OneOfConst(WorkDone.None, WorkDone.Some), Gen.OneOfConst(OrderStage.InProgress, OrderStage.DraftInChat),
            Gen.Frequency((1, Gen.Int[0, 23].Select(h => ((int?)h, (Lateness?)null))), (1, Gen.OneOfConst(Lateness.Late, Lateness.VeryLate).Select(l => ((int?)null, (Lateness?)l)))),
            (f, done, stage, time) => f with { Marketplace = Marketplace.Fiverr, Contract = null, Funds = null, Done = done, Stage = stage, DueInHours = time.Item1, Late = time.Item2 });
        littleDoneNoTime.Sample(facts =>
            {
                var advice = Advisor.Advise(facts, Fiverr, Today);
                Assert.True(advice.Recommendation != "deliver-properly", $"{SlashLine.Format(facts)} → {advice.Recommendation} ({advice.RuleId})");
            }, iter: 20_000);
    }

    [Fact]
    public void Advise_HostileBuyer_NeverOffersAPartialRefund()
    {
        // A refund given under a review threat is a refund traded for a review.
        GeneratedFacts.Any.Where(f => f.Buyer == BuyerBehaviour.Hostile).Sample(facts =>
        {
            var advice = Advisor.Advise(facts, RealData.Set.Policies[facts.Marketplace], Today);
            Assert.True(advice.Recommendation != "offer-partial-refund", $"{SlashLine.Format(facts)} → {advice.Recommendation} ({advice.RuleId})");
        }, iter: 20_000);
    }

    [Fact]
    public void Advise_UpworkClientWantsEscrowBackForWorkMostlyDone_NeverSaysLetItGo()
    {
        // Any escrow refund request can be disputed; work that is mostly or all done is money the freelancer can defend.
        var upwork = RealData.Set.Policies[Marketplace.Upwork];
        var mostlyDone = Gen.Select(GeneratedFacts.Any, Gen.OneOfConst(WorkDone.Most, WorkDone.All), Gen.OneOfConst<FundsLocation?>(FundsLocation.InEscrow, null),
            (f, done, funds) => f with { Marketplace = Marketplace.Upwork, AskedBy = AskedBy.Buyer, Done = done, Funds = funds, PromisedRefund = false, Contract = ContractType.Fixed });
        mostlyDone.Sample(facts =>
        {
            var advice = Advisor.Advise(facts, upwork, Today);
            Assert.True(advice.Recommendation != "approve-refund", $"{SlashLine.Format(facts)} → {advice.Recommendation} ({advice.RuleId})");
        }, iter: 20_000);
    }

    private static Advice Advise(string line) => Advisor.Advise(SlashLine.ParseFacts(line).Value!, Fiverr, Today);
}
