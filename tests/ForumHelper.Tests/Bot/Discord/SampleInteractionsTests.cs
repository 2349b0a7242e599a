using System.Text.Json;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Tests.Bot.Discord;

public class SampleInteractionsTests
{
    [Fact]
    public void DescribeSubmit_SomeFields_ReadBackByTheFormsIdsWithTheRestLeftEmpty()
    {
        var fields = new Dictionary<string, string> { ["what-happened"] = "The buyer went silent.", ["asked-by"] = "buyer" };

        var data = Read(SampleInteractions.DescribeSubmit("describe:x", fields, SampleSender.New())).Data;
        var values = ModalValues.From(data);

        Assert.Equal("describe:x", data?.CustomId);
        Assert.Equal(new Dictionary<string, string> { ["what-happened"] = "The buyer went silent.", ["asked-by"] = "buyer" }, values);
        // Every input in its Label, as Discord submits the form: the text and the four radio groups.
        Assert.All(data!.Components!, label => Assert.Equal(ModalComponent.LabelType, label!.Type));
        Assert.Equal([4, 21, 21, 21, 21], data.Components!.Select(label => label!.Component!.Type));
    }

    [Fact]
    public void Command_IntegerOptionAsRegistered_IsSentAsANumberAndOthersAsText()
    {
        var data = Read(SampleInteractions.Command("cancel-advice", [new("orders-60d", "7"), new("stage", "delivered"), new("orders-60d", "seven")], SampleSender.New())).Data!;

        Assert.Equal([JsonValueKind.Number, JsonValueKind.String, JsonValueKind.String], data.Options!.Select(o => o.Value.ValueKind));
        Assert.Equal([CommandOptionDefinition.IntegerType, CommandOptionDefinition.StringType, CommandOptionDefinition.StringType], data.Options!.Select(o => o.Type));
    }

    [Fact]
    public void Button_FromAModerator_CarriesManageMessagesInTheSampleServer()
    {
        var interaction = Read(SampleInteractions.Button("redo:x", SampleSender.New(permissions: "8192", roles: ["100000000000000010"])));

        Assert.Equal(InteractionPlace.Server, interaction.Place);
        Assert.True(Permissions.CanModerate(interaction.Member?.Permissions));
        Assert.Equal(["100000000000000010"], interaction.Member?.Roles);
    }

    [Fact]
    public void Select_InADirectMessage_ComesFromTheBotDmWithoutAServer()
    {
        var interaction = Read(SampleInteractions.Select("need:stage:x", ["delivered"], SampleSender.New(directMessage: true)));

        Assert.Equal(InteractionPlace.BotDm, interaction.Place);
        Assert.Null(interaction.GuildId);
        Assert.Equal(SampleInteractions.Member, interaction.Invoker?.Id);
        Assert.Equal(["delivered"], interaction.Data?.Values);
    }

    private static Interaction Read(byte[] body) => JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction)!;
}
