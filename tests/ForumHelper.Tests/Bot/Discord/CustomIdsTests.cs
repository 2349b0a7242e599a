using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;

namespace ForumHelper.Tests.Bot.Discord;

public class CustomIdsTests
{
    [Fact]
    public void TryParse_OwnId_ReadsKindCaseChoiceAndFacts()
    {
        var id = CustomIds.For(CustomIds.WhatIf, 4242, "decline-cancellation", "0.1.4....k...1uv");

        Assert.True(CustomIds.TryParse(id, out var kind, out var caseId, out var choice, out var facts));
        Assert.Equal((CustomIds.WhatIf, 4242L, "decline-cancellation", "0.1.4....k...1uv"), (kind, caseId, choice, facts));
    }

    [Fact]
    public void For_LongestKindCaseIdPathNameAndFacts_FitsDiscordsLimit()
    {
        // The longest of everything at once: a kind, the largest case id, a path name at the data's limit, the longest facts code.
        var longest = CustomIds.For(CustomIds.Feedback, long.MaxValue, new string('p', PathDefinition.MaxNameLength), new string('f', DisputeFactsCode.MaxLength));

        Assert.True(longest.Length <= CustomIds.MaxLength, $"{longest.Length} characters: {longest}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("feedback")]
    [InlineData("feedback:abc:helpful")]
    [InlineData("feedback:-5:helpful")]
    [InlineData("feedback:0")]
    [InlineData("feedback:1:2:3:4")]
    [InlineData("feedback:99999999999999999999999:helpful")]
    public void TryParse_ForgedOrBrokenId_IsRefused(string? customId)
    {
        Assert.False(CustomIds.TryParse(customId, out _, out _, out _, out _));
    }

    [Fact]
    public void TryParse_OverlongId_IsRefused()
    {
        Assert.False(CustomIds.TryParse("share:" + new string('1', 200), out _, out _, out _, out _));
    }
}
