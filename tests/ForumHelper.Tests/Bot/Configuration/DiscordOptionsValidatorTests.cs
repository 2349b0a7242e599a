using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Bot.Configuration;

public sealed class DiscordOptionsValidatorTests
{
    private static readonly string PublicKey = new('a', 64);

    [Fact]
    public void Validate_ServeWithoutTokenOrApplicationId_Succeeds()
    {
        var result = new DiscordOptionsValidator(serve: true, rest: false).Validate(null, new DiscordOptions { PublicKey = PublicKey });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_RestWithoutPublicKeyOrToken_NamesOnlyWhatRestNeeds()
    {
        var result = new DiscordOptionsValidator(serve: false, rest: true).Validate(null, new DiscordOptions { ApplicationId = "1100000000000000001" });

        var problem = Assert.Single(result.Failures!);
        Assert.StartsWith("Discord:BotToken is empty", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ServeWithAnApplicationIdThatIsNoId_NamesIt()
    {
        var result = new DiscordOptionsValidator(serve: true, rest: false).Validate(null, new DiscordOptions { PublicKey = PublicKey, ApplicationId = "my-app" });

        var problem = Assert.Single(result.Failures!);
        Assert.StartsWith("Discord:ApplicationId must be the numeric Application ID", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EverythingWrong_ListsEveryProblemNamingItsSetting()
    {
        var options = new DiscordOptions { ApplicationId = "my-app", PublicKey = "abc", MaxClockSkewSeconds = 0, AdvicePerMinute = 10_001, ApiBaseUrl = "discord.com" };

        var result = new DiscordOptionsValidator(serve: true, rest: true).Validate(null, options);

        Assert.Equal(
            ["Discord:ApplicationId", "Discord:BotToken", "Discord:PublicKey", "Discord:MaxClockSkewSeconds", "Discord:AdvicePerMinute", "Discord:ApiBaseUrl"],
            result.Failures!.Select(problem => problem[..problem.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("http://discord.example/api/v10", false)]
    [InlineData("http://127.0.0.1:9000/api/v10", true)]
    [InlineData("http://localhost:9000/api/v10", true)]
    [InlineData("https://discord.com/api/v10", true)]
    public void Validate_ApiBaseUrl_HttpsExceptToThisMachine(string url, bool valid)
    {
        var result = new DiscordOptionsValidator(serve: true, rest: false).Validate(null, new DiscordOptions { PublicKey = PublicKey, ApiBaseUrl = url });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(901, false)]
    [InlineData(86_400, false)]
    public void Validate_ClockSkew_AtMostFifteenMinutes(int seconds, bool valid)
    {
        var result = new DiscordOptionsValidator(serve: true, rest: false).Validate(null, new DiscordOptions { PublicKey = PublicKey, MaxClockSkewSeconds = seconds });

        Assert.Equal(valid, result.Succeeded);
    }
}
