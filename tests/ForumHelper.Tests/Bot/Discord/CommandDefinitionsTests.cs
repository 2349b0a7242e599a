using System.Text.Json;
using System.Text.RegularExpressions;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

public partial class CommandDefinitionsTests
{
    [Fact]
    public void All_EveryNameAndText_FitsDiscordsRules()
    {
        foreach (var command in CommandDefinitions.All)
        {
            Assert.Matches(NameRule(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            var options = command.Options ?? [];
            Assert.True(options.Count <= 25, command.Name);
            Assert.Equal(options.Select(o => o.Name).Distinct().Count(), options.Count);

            // Required options come first.
            Assert.DoesNotContain(options.SkipWhile(o => o.Required == true), o => o.Required == true);
            var total = command.Name.Length + command.Description.Length;
            foreach (var option in options)
            {
                Assert.Matches(NameRule(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
                Assert.True((option.Choices?.Count ?? 0) <= 25);
                total += option.Name.Length + option.Description.Length;
                foreach (var choice in option.Choices ?? [])
                {
                    Assert.InRange(choice.Name.Length, 1, 100);
                    Assert.InRange(choice.Value.Length, 1, 100);
                    total += choice.Name.Length + choice.Value.Length;
                }
            }

            Assert.True(total <= 8000, $"{command.Name}: {total} characters");
        }
    }

    [Fact]
    public void All_CancelAdvice_OffersExactlyTheFactCatalogsOptionsAndChoices()
    {
        var command = CommandDefinitions.All.Single(c => c.Name == CommandNames.CancelAdvice);

        Assert.Equal(FactCatalog.All.Select(f => f.Name), command.Options!.Select(o => o.Name));
        foreach (var fact in FactCatalog.All.Where(f => f.Kind == FactKind.Choice))
        {
            Assert.Equal(fact.Choices, command.Options!.Single(o => o.Name == fact.Name).Choices!.Select(c => c.Value));
        }

        var rate = command.Options!.Single(o => o.Name == "rate");
        Assert.Equal((0, 100), (rate.MinValue, rate.MaxValue));
    }

    [Fact]
    public void All_CaseStats_NeedsManageMessagesByDefault()
    {
        var command = CommandDefinitions.All.Single(c => c.Name == CommandNames.CaseStats);

        Assert.Equal("8192", command.DefaultMemberPermissions);
    }

    [Theory]
    [InlineData(CommandNames.CancelAdvice)]
    [InlineData(CommandNames.ForgetMe)]
    public void All_MemberCommands_InstallableByServersAndMembersUsableEverywhere(string name)
    {
        var command = CommandDefinitions.All.Single(c => c.Name == name);

        Assert.Equal([0, 1], command.IntegrationTypes);
        Assert.Equal([0, 1, 2], command.Contexts);
    }

    [Fact]
    public void All_CaseStats_OnlyInServersThatInstalledTheApp()
    {
        var command = CommandDefinitions.All.Single(c => c.Name == CommandNames.CaseStats);

        Assert.Equal([0], command.IntegrationTypes);
        Assert.Equal([0], command.Contexts);
    }

    [Fact]
    public void All_RegistrationJson_NamesInstallTypesAndContextsAndMatchesTheSpec()
    {
        var json = JsonSerializer.Serialize(CommandDefinitions.All, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);

        Assert.Contains("\"integration_types\":[0,1]", json, StringComparison.Ordinal);
        Assert.Contains("\"contexts\":[0,1,2]", json, StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApi.ValidateCommandRegistration(json));
    }

    [Theory]
    [InlineData("8192", true)]
    [InlineData("8", true)]
    [InlineData("2147483648", false)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    [InlineData("not a number", false)]
    [InlineData("9007199254740991", true)]
    public void CanModerate_PermissionBits_GrantsManageMessagesOrAdministrator(string? permissions, bool expected)
    {
        Assert.Equal(expected, Permissions.CanModerate(permissions));
    }

    [GeneratedRegex("^[-_a-z0-9]{1,32}$")]
    private static partial Regex NameRule();
}
