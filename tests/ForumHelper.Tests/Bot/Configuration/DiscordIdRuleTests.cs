using ForumHelper.Bot.Configuration;

namespace ForumHelper.Tests.Bot.Configuration;

public sealed class DiscordIdRuleTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("123456789012345678")]
    [InlineData("12345678901234567890")]
    public void IsValid_Digits_True(string id) => Assert.True(DiscordIdRule.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123456789012345678901")]
    [InlineData("12345678901234567a")]
    [InlineData(" 123")]
    [InlineData("-123")]
    [InlineData("١٢٣")]
    public void IsValid_NotAnId_False(string? id) => Assert.False(DiscordIdRule.IsValid(id));
}
