using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Bot.Discord;

public class CustomIdsTests
{
    [Fact]
    public void TryParse_OwnId_ReadsKindCaseAndChoice()
    {
        var id = CustomIds.For(CustomIds.WhatIf, 4242, "decline-cancellation");

        Assert.True(CustomIds.TryParse(id, out var kind, out var caseId, out var choice));
        Assert.Equal((CustomIds.WhatIf, 4242L, "decline-cancellation"), (kind, caseId, choice));
        Assert.True(id.Length <= 100);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("feedback")]
    [InlineData("feedback:abc:helpful")]
    [InlineData("feedback:-5:helpful")]
    [InlineData("feedback:0")]
    [InlineData("feedback:1:2:3")]
    [InlineData("feedback:99999999999999999999999:helpful")]
    public void TryParse_ForgedOrBrokenId_IsRefused(string? customId)
    {
        Assert.False(CustomIds.TryParse(customId, out _, out _, out _));
    }

    [Fact]
    public void TryParse_OverlongId_IsRefused()
    {
        Assert.False(CustomIds.TryParse("share:" + new string('1', 200), out _, out _, out _));
    }
}
