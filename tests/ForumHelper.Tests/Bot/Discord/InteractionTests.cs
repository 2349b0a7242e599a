using System.Text.Json.Nodes;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// Where an interaction happened (<see cref="Interaction.Place"/>), read from payloads shaped as
/// Discord sends them: a case counts for a server only when the server itself installed the app.
/// </summary>
public sealed class InteractionTests
{
    [Fact]
    public void Place_OlderServerPayloadWithoutOwners_IsServer()
    {
        Assert.Equal(InteractionPlace.Server, Parse(Interactions.CancelAdvice()).Place);
    }

    [Fact]
    public void Place_GuildInstallAuthorizes_IsServer()
    {
        Assert.Equal(InteractionPlace.Server, Parse(Interactions.GuildInstalled(Interactions.CancelAdvice())).Place);
    }

    [Fact]
    public void Place_BothInstallsAuthorize_IsServer()
    {
        var interaction = Interactions.GuildInstalled(Interactions.CancelAdvice());
        interaction["authorizing_integration_owners"]!["1"] = Interactions.Member;

        Assert.Equal(InteractionPlace.Server, Parse(interaction).Place);
    }

    [Fact]
    public void Place_OnlyTheMembersInstallInAServer_IsOtherServer()
    {
        Assert.Equal(InteractionPlace.OtherServer, Parse(Interactions.InOtherServer(Interactions.CancelAdvice())).Place);
    }

    [Fact]
    public void Place_GuildInstallNamingAnotherServer_IsOtherServer()
    {
        // Not something Discord sends; if it ever did, the case must not count for the server at hand.
        var interaction = Interactions.CancelAdvice();
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = Interactions.OtherGuildId };

        Assert.Equal(InteractionPlace.OtherServer, Parse(interaction).Place);
    }

    [Fact]
    public void Place_DirectMessageThroughUserInstall_IsBotDmWithTheUserAsInvoker()
    {
        var interaction = Parse(Interactions.InDirectMessage(Interactions.CancelAdvice()));

        Assert.Equal(InteractionPlace.BotDm, interaction.Place);
        Assert.Null(interaction.Member);
        Assert.Equal(Interactions.Member, interaction.Invoker?.Id);
        Assert.Equal(1, interaction.Context);
        Assert.Equal(Interactions.Member, interaction.AuthorizingIntegrationOwners!["1"]);
    }

    [Fact]
    public void Place_DirectMessageThroughGuildInstall_IsBotDm()
    {
        var interaction = Interactions.InDirectMessage(Interactions.CancelAdvice());
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };

        Assert.Equal(InteractionPlace.BotDm, Parse(interaction).Place);
    }

    [Fact]
    public void Place_OlderDirectMessageWithoutContext_IsBotDm()
    {
        var interaction = Interactions.InDirectMessage(Interactions.CancelAdvice());
        interaction.Remove("context");
        interaction.Remove("authorizing_integration_owners");

        Assert.Equal(InteractionPlace.BotDm, Parse(interaction).Place);
    }

    [Fact]
    public void Place_GroupDirectMessage_IsPrivateChannel()
    {
        var interaction = Interactions.InDirectMessage(Interactions.CancelAdvice());
        interaction["context"] = 2;
        interaction["channel"]!["type"] = 3;

        Assert.Equal(InteractionPlace.PrivateChannel, Parse(interaction).Place);
    }

    private static Interaction Parse(JsonObject json) =>
        JsonSerializer.Deserialize(json.ToJsonString(), DiscordJsonContext.Default.Interaction)!;
}
