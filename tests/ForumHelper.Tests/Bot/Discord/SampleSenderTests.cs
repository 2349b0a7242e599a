using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Bot.Discord;

public class SampleSenderTests
{
    [Fact]
    public void New_TwoSenders_HaveTheirOwnInteractionIdAndToken()
    {
        var (first, second) = (SampleSender.New(), SampleSender.New());

        Assert.NotEqual(first.InteractionId, second.InteractionId);
        Assert.NotEqual(first.Token, second.Token);
        Assert.True(DiscordIdRule.IsValid(first.InteractionId), first.InteractionId);
    }
}
