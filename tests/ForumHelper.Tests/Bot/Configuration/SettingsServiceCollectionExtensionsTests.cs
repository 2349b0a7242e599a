using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ForumHelper.Tests.Bot.Configuration;

public sealed class SettingsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddForumHelperSettings_BadValuesInSeveralSections_SettingsProblemsListsEveryOne()
    {
        using var services = new ServiceCollection().AddForumHelperSettings(Configuration(
            ("Discord:PublicKey", new string('a', 64)),
            ("Privacy:MinGroupSize", "0"),
            ("CaseLog:BatchSize", "0"),
            ("Moderation:RoleIds:0", "moderators"),
            ("Discord:AdvicePerMinute", "0"))).BuildServiceProvider();

        Assert.Equal(
            [
                "Privacy:MinGroupSize must be 1–1000",
                "CaseLog:BatchSize must be 1–100000",
                "Discord:AdvicePerMinute must be 1–10000",
                "Moderation:RoleIds must be role ids (numbers like 123456789012345678)",
            ],
            SettingsProblems.Of(services));
    }

    [Fact]
    public void AddCaseLogSettings_WordWhereANumberBelongs_ReportsTheBindingProblem()
    {
        using var services = new ServiceCollection().AddCaseLogSettings(Configuration(("Privacy:RetentionDays", "a year"))).BuildServiceProvider();

        var problem = Assert.Single(SettingsProblems.Of(services));
        Assert.Contains("RetentionDays", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddForumHelperSettings_BadValue_ValidateOnStartStopsTheHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddForumHelperSettings(Configuration(("Discord:PublicKey", new string('a', 64)), ("Discord:MaxClockSkewSeconds", "0")));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(["Discord:MaxClockSkewSeconds must be 1–900 (15 minutes); 300 is the default"], error.Failures);
    }

    [Fact]
    public void AddDiscordSettings_ApplicationIdWithSpaces_IsTrimmed()
    {
        using var services = new ServiceCollection()
            .AddDiscordSettings(Configuration(("Discord:ApplicationId", " 1100000000000000001 "), ("Discord:BotToken", "token")), serve: false, rest: true)
            .BuildServiceProvider();

        Assert.Empty(SettingsProblems.Of(services));
        Assert.Equal("1100000000000000001", services.GetRequiredService<IOptions<DiscordOptions>>().Value.ApplicationId);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
