using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Hosting;

namespace ForumHelper.Tests.Bot.Configuration;

public sealed class HealthOptionsValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    public void Validate_EmptyOrLongPrintableToken_Succeeds(string token)
    {
        Assert.True(new HealthOptionsValidator().Validate(null, new HealthOptions { Token = token }).Succeeded);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef 0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef\r\n")]
    [InlineData("0123456789abcdef0123456789abcdefé")]
    public void Validate_ShortOrUnsendableToken_FailsNamingTheSetting(string token)
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { Token = token });

        Assert.False(result.Succeeded);
        Assert.StartsWith("Health:Token must be empty", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
