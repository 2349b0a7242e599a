using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Answers;

public class AnswerBookTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Render_OriginWithNumbers_QuotesRateBeforeAfterAndRecoveryDate()
    {
        var answered = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100"), Today);

        var accept = answered.Answer.Outcomes[0];
        Assert.True(accept.Recommended);
        Assert.Equal("accept-cancellation", accept.Option);
        Assert.Contains("95.2%", accept.Rate);
        Assert.Contains("January 26, 2027", accept.Rate + string.Join(" ", answered.Answer.Points));
    }

    [Fact]
    public void Render_OriginWithoutNumbers_FallsBackWithoutPlaceholderLeftovers()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected"), Today).Answer;

        var everything = string.Join("\n", [answer.Title, answer.Summary, .. answer.Points, .. answer.Outcomes.Select(o => o.Rate + o.Money + o.ReviewRisk + o.WarningRisk), answer.Question ?? "", answer.Footer]);
        Assert.DoesNotContain("{", everything);
        Assert.NotNull(answer.Question);
        Assert.Equal(RealData.Set.Books["en"].Confirmations["stage=draft-delivered"].Render(new(RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:draft-in-chat"), Today).Advice, null, "")), answer.Question);
    }

    [Fact]
    public void Render_RateAtZero_NeverSaysItFallsBelowZero()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:in-progress rate:0"), Today).Answer;

        var everything = string.Join("\n", [answer.Summary, .. answer.Points, .. answer.Outcomes.Select(o => o.Rate)]);
        Assert.DoesNotContain("below 0%", everything);
        Assert.DoesNotContain("0% to 0%", everything);
        Assert.Contains("Already at 0%", answer.Outcomes[0].Rate);
    }

    [Fact]
    public void Render_DipTooSmallForOneDecimal_ShowsTheDecimalsThatMakeItVisible()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:in-progress orders-60d:10000 rate:100"), Today).Answer;

        Assert.Contains("from 100% to 99.99%", answer.Outcomes.Single(o => o.Option == "accept-cancellation").Rate);
    }

    [Fact]
    public void Render_CaseTheTableWasNotBuiltFor_SaysSoBeforeTheAdvice()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:delivered already:support-decided"), Today).Answer;

        Assert.Equal(RealData.Set.Books["en"].Labels.Uncertain, answer.Caveats[0]);
    }

    [Fact]
    public void Render_ContradictingFacts_NamesThemWithTheMembersNumbers()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:draft-in-chat orders-60d:5 rate:92"), Today).Answer;

        var caveat = Assert.Single(answer.Caveats);
        Assert.Contains("92%", caveat);
        Assert.Contains("5 orders", caveat);
    }

    [Fact]
    public void Render_EveryPathOfEveryPolicy_HasTitleAndLabel()
    {
        foreach (var policy in RealData.Set.Policies.Values)
        {
            foreach (var path in policy.Paths.Keys)
            {
                var text = RealData.Set.Books["en"].Recommendations[path];
                Assert.False(string.IsNullOrWhiteSpace(text.Title));
                Assert.False(string.IsNullOrWhiteSpace(text.Label));
            }
        }
    }

    [Fact]
    public void Render_UpworkAnswer_NeverQuotesACompletionRate()
    {
        var answer = RealData.Set.Answer(Facts("/cancel-advice asked-by:buyer stage:delivered marketplace:upwork orders-60d:20 rate:100"), Today).Answer;

        Assert.All(answer.Outcomes, o => Assert.DoesNotContain("95.2%", o.Rate));
        Assert.Equal("file-dispute", answer.Recommendation);
    }

    private static DisputeFacts Facts(string line) => SlashLine.ParseFacts(line).Value!;
}
