using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Bot.Discord;

public class ModalValuesTests
{
    [Fact]
    public void From_ActionRowsAndLabels_EveryInputByItsId()
    {
        var data = Data("""
            {"custom_id":"f","components":[
              {"type":1,"components":[{"type":4,"custom_id":"a","value":"first"}]},
              {"type":18,"component":{"type":4,"custom_id":"b","value":"second"}},
              {"type":18,"component":{"type":3,"custom_id":"c","values":["x","y"]}},
              null
            ]}
            """);

        var values = ModalValues.From(data);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "first", ["b"] = "second", ["c"] = "x,y" }, values);
    }

    [Fact]
    public void From_NoData_Empty()
    {
        Assert.Empty(ModalValues.From(null));
    }

    // Read as the endpoint reads an interaction.
    private static InteractionData? Data(string json) =>
        JsonSerializer.Deserialize("{\"type\":5,\"data\":" + json + "}", DiscordJsonContext.Default.Interaction)!.Data;
}
