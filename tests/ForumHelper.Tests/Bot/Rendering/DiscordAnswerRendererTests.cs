using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class DiscordAnswerRendererTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Private_OriginAnswer_IsEphemeralWithinLimitsAndHasFourButtons()
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100").Value!, Today);

        var facts = DisputeFactsCode.Encode(answered.Advice.Facts, Today);

        var payload = DiscordAnswerRenderer.Private(answered.Answer, 77, facts, withShare: true);

        Assert.Equal(MessagePayload.EphemeralFlag, payload.Flags);
        Assert.Empty(payload.AllowedMentions.Parse);
        var embed = Assert.Single(payload.Embeds!);
        Assert.True(embed.Description!.Length <= 4096);
        Assert.All(embed.Fields!, f => Assert.True(f.Value.Length <= 1024));
        var total = embed.Title!.Length + embed.Description.Length + embed.Footer!.Text.Length + embed.Fields!.Sum(f => f.Name.Length + f.Value.Length);
        Assert.True(total <= 6000, $"{total} characters");
        var buttons = Assert.Single(payload.Components!).Components!;
        Assert.Equal(
            [$"feedback:77:helpful:{facts}", $"feedback:77:not-helpful:{facts}", $"whatif:77:decline-cancellation:{facts}", $"share:77:channel:{facts}"],
            buttons.Select(b => b.CustomId));
        Assert.All(buttons, b => Assert.True(b.CustomId!.Length <= 100));
    }

    [Fact]
    public void Private_WithoutShare_KeepsFeedbackAndWhatIfButLeavesOutShowInChannel()
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected").Value!, Today);
        var facts = DisputeFactsCode.Encode(answered.Advice.Facts, Today);

        var payload = DiscordAnswerRenderer.Private(answered.Answer, 77, facts, withShare: false);

        Assert.Equal(MessagePayload.EphemeralFlag, payload.Flags);
        Assert.Equal(
            [$"feedback:77:helpful:{facts}", $"feedback:77:not-helpful:{facts}", $"whatif:77:decline-cancellation:{facts}"],
            Assert.Single(payload.Components!).Components!.Select(b => b.CustomId));
    }

    [Fact]
    public void Public_AnswerWithoutNumbers_HasNoButtonsAndIsNotEphemeral()
    {
        var answered = RealData.Set.Answer(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat orders-60d:20 rate:100").Value!, Today);
        var book = RealData.Set.Books["en"];

        var payload = DiscordAnswerRenderer.Public(book.Render(answered.Advice, withoutPersonalNumbers: true));

        Assert.Null(payload.Flags);
        Assert.Null(payload.Components);
        var embed = Assert.Single(payload.Embeds!);
        var text = embed.Description + string.Join("\n", embed.Fields!.Select(f => f.Value));
        Assert.DoesNotContain("95.2%", text);
        Assert.DoesNotContain("100%", text);
    }
}
