using ForumHelper.Bot.Configuration;

namespace ForumHelper.Tests.Bot.Configuration;

public sealed class HttpUrlRuleTests
{
    [Theory]
    [InlineData("https://discord.com/api/v10")]
    [InlineData("http://127.0.0.1:5000/api/v10")]
    public void Parse_AbsoluteHttpUrl_ReturnsIt(string url) => Assert.Equal(new Uri(url), HttpUrlRule.Parse(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("discord.com/api/v10")]
    [InlineData("ftp://discord.com/api")]
    [InlineData("/api/v10")]
    public void Parse_NotAnHttpUrl_Null(string? url) => Assert.Null(HttpUrlRule.Parse(url));
}
