using ForumHelper.Bot.Cli;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.GoldenCases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class DiscordAnswerRendererTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    // The project's own origin question (README, `ask`): what a phone must show on one screen.
    private static readonly AnsweredCase Origin = RealData.Set.Answer(SlashLine.ParseFacts(AskVerb.Example).Value!, Today);

    [Fact]
    public void Private_OriginAnswer_IsEphemeralWithinLimitsWithDetailsWhatIfShareAndFeedbackButtons()
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100").Value!, Today);
        var facts = DisputeFactsCode.Encode(answered.Advice.Facts, Today);

        var payload = DiscordAnswerRenderer.Private(answered.Answer, 77, facts, withShare: true);

        Assert.Equal(MessagePayload.EphemeralFlag, payload.Flags);
        Assert.Empty(payload.AllowedMentions.Parse);
        var embed = Assert.Single(payload.Embeds!);
        Assert.True(embed.Description!.Length <= 4096);
        Assert.Equal(2, payload.Components!.Count);
        var buttons = payload.Components.SelectMany(row => row.Components!).ToList();
        Assert.Equal(
            [$"details:77:all:{facts}", $"whatif:77:decline-cancellation:{facts}", $"share:77:channel:{facts}", $"feedback:77:helpful:{facts}", $"feedback:77:not-helpful:{facts}"],
            buttons.Select(b => b.CustomId));
        Assert.All(buttons, b => Assert.True(b.CustomId!.Length <= 100));
        // "Show in channel" is the only button that posts publicly: never the one that stands out.
        Assert.Equal((int)ButtonStyle.Secondary, buttons.Single(b => b.Label == "Show in channel").Style);
        Assert.Equal((int)ButtonStyle.Primary, buttons.Single(b => b.Label == "Details").Style);
    }

    [Fact]
    public void Private_OriginAnswer_FitsOnePhoneScreenUnder1200Characters()
    {
        var payload = DiscordAnswerRenderer.Private(Origin.Answer, 77, DisputeFactsCode.Encode(Origin.Advice.Facts, Today), withShare: true);

        var visible = VisibleText.Of(payload);

        Assert.True(visible.Length < 1200, $"{visible.Length} visible characters:\n{visible}");
    }

    [Fact]
    public void Private_OriginAnswer_KeepsDecisionThreeReasonsTheQuestionAndEveryPath()
    {
        var payload = DiscordAnswerRenderer.Private(Origin.Answer, 77, DisputeFactsCode.Encode(Origin.Advice.Facts, Today), withShare: true);
        var description = Assert.Single(payload.Embeds!).Description!;

        Assert.Contains(Origin.Answer.Title, Assert.Single(payload.Embeds!).Title!);
        Assert.StartsWith(Origin.Answer.Summary, description);
        Assert.Equal(3, Origin.Answer.KeyPoints.Count);
        Assert.All(Origin.Answer.KeyPoints, point => Assert.Contains("• " + point, description));
        Assert.Contains(Origin.Answer.Question!, description);
        var book = RealData.Set.Books["en"];
        Assert.All(Origin.Advice.Outcomes, path => Assert.Contains($"**{book.Recommendations[path.Option].Label}**", description));
        // What all paths share is said once: here, that no path risks a warning.
        Assert.Single(AllIndexesOf(description, "No risk of an account warning."));
    }

    [Fact]
    public void Private_WithoutShare_KeepsDetailsAndWhatIfButLeavesOutShowInChannel()
    {
        var facts = DisputeFactsCode.Encode(Origin.Advice.Facts, Today);

        var payload = DiscordAnswerRenderer.Private(Origin.Answer, 77, facts, withShare: false);

        Assert.Equal(
            [$"details:77:all:{facts}", $"whatif:77:decline-cancellation:{facts}"],
            payload.Components![0].Components!.Select(b => b.CustomId));
    }

    [Fact]
    public void Private_EveryGoldenCase_NeverSaysTheSameSentenceTwice()
    {
        var (cases, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);
        Assert.Empty(problems);
        var repeats = new List<string>();
        foreach (var golden in cases)
        {
            var answer = RealData.Set.Answer(SlashLine.ParseFacts(golden.Ask).Value!, Today).Answer;
            foreach (var (view, payload) in new[] { ("answer", DiscordAnswerRenderer.Private(answer, 77, "x", withShare: true)), ("details", DiscordAnswerRenderer.Details(answer)) })
            {
                repeats.AddRange(VisibleText.Sentences(VisibleText.Of(payload))
                    .GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1)
                    .Select(g => $"{golden.Name} ({view}): \"{g.Key}\" ×{g.Count()}"));
            }
        }

        Assert.True(cases.Count > 200, $"only {cases.Count} golden cases");
        Assert.True(repeats.Count == 0, string.Join("\n", repeats.Distinct()));
    }

    [Fact]
    public void Details_OriginAnswer_HasEveryReasonEveryQuestionAndEveryPathInFull()
    {
        var payload = DiscordAnswerRenderer.Details(Origin.Answer);

        Assert.Equal(MessagePayload.EphemeralFlag, payload.Flags);
        Assert.Null(payload.Components);
        var embed = Assert.Single(payload.Embeds!);
        Assert.All(Origin.Answer.Points, point => Assert.Contains("• " + point, embed.Description));
        Assert.All(Origin.Answer.MoreQuestions, question => Assert.Contains(question, embed.Description));
        Assert.Equal(["Money", "Review risk", "Warning risk", "Completion rate"], embed.Fields!.Select(f => f.Name));
        // Each path's own money and rate line, with its label beside it.
        Assert.All(Origin.Answer.Outcomes, o => Assert.Matches($@"\*\*{o.Label}\*\*[^\n]*: {System.Text.RegularExpressions.Regex.Escape(o.Money)}", embed.Fields![0].Value));
        Assert.All(Origin.Answer.Outcomes, o => Assert.Contains(o.Rate, embed.Fields![3].Value, StringComparison.Ordinal));
        Assert.Single(AllIndexesOf(VisibleText.Of(payload), "No risk of an account warning."));
    }

    [Fact]
    public void Public_SharedAnswer_StatesTheDisputeInGeneralWordsFirstWithoutTheMembersNumbers()
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent orders-60d:20 rate:100 value:40").Value!, Today);
        var answer = AdviceService.AnswerAgain(RealData.Set, DisputeFactsCode.Encode(answered.Advice.Facts, Today), "en", withoutPersonalNumbers: true)!;

        var payload = DiscordAnswerRenderer.Public(answer);

        Assert.Null(payload.Flags);
        Assert.Null(payload.Components);
        var embed = Assert.Single(payload.Embeds!);
        Assert.StartsWith("**The question:** the buyer asked to cancel · a draft was shown in chat, not delivered · the buyer has gone quiet", embed.Description);
        var text = VisibleText.Of(payload);
        Assert.DoesNotContain("95.2%", text);
        Assert.DoesNotContain("100%", text);
        Assert.DoesNotContain("$40", text);
    }

    [Theory]
    [InlineData("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent", "accept-cancellation")]
    [InlineData("/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected reviews:200", "decline-cancellation")]
    [InlineData("/cancel-advice asked-by:buyer stage:not-started reason:changed-mind", "ask-support")]
    [InlineData("/cancel-advice asked-by:buyer stage:draft-in-chat reason:not-as-expected buyer:responsive late:on-time value:400", "deliver-properly")]
    public void Private_EachFamilyOfRecommendation_HasItsOwnSymbolAndColour(string ask, string expected)
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts(ask).Value!, Today);
        Assert.Equal(expected, answered.Advice.Recommendation);

        var embed = Assert.Single(DiscordAnswerRenderer.Private(answered.Answer, 77, "x", withShare: false).Embeds!);

        Assert.StartsWith(answered.Answer.Family.Symbol + " ", embed.Title);
        Assert.Equal(answered.Answer.Family.Colour, embed.Color);
        var others = new[] { "accept-cancellation", "decline-cancellation", "ask-support", "deliver-properly" }.Where(k => k != expected)
            .Select(k => RealData.Set.Books["en"].Recommendations[k].Family);
        Assert.All(others, family => Assert.NotEqual(answered.Answer.Family.Colour, family.Colour));
        Assert.All(others, family => Assert.NotEqual(answered.Answer.Family.Symbol, family.Symbol));
    }

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
