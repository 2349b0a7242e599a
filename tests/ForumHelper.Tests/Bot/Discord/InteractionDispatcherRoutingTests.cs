using System.Net;
using System.Text.Json.Nodes;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support.TestHandlers;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// The pipeline with handlers only this test registers (one line each): commands, modals and
/// autocompletes reach them; what none answers gets a clear 200; a deferred failure is apologized
/// for once, by the pipeline, with an error id that is in the log.
/// </summary>
public sealed class InteractionDispatcherRoutingTests : IAsyncLifetime
{
    private static readonly TimeSpan EditLimit = TimeSpan.FromSeconds(20);

    private FakeDiscordApi _api = null!;
    private InteractionServer _server = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _server = await InteractionServer.StartWithHandlersAsync(
            services => services
                .AddInteractionHandler<PingCommand>()
                .AddInteractionHandler<PingAutocomplete>()
                .AddInteractionHandler<EchoModal>()
                .AddInteractionHandler<FailingDeferredCommand>()
                .AddInteractionHandler<UndeclaredDeferralCommand>(),
            ("Discord:ApiBaseUrl", _api.ApiBaseUrl),
            ("Discord:ApplicationId", FakeDiscordApi.ApplicationId));
    }

    public async Task DisposeAsync()
    {
        // The server first: stopping waits for deferred edits, which still need the fake.
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task DispatchAsync_CommandOfATestOnlyHandler_ReachesIt()
    {
        var reply = await _server.SendAsync(Interactions.Command(PingCommand.Name));

        Assert.Equal("pong", reply.AssertPrivateMessage());
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task DispatchAsync_ModalSubmitWithRowsAndLabels_HandlerReceivesEverySubmittedValue()
    {
        var reply = await _server.SendAsync(ModalSubmit(EchoModal.Prefix + ":42", """
            [
              {"type":1,"components":[{"type":4,"id":2,"custom_id":"reason","value":"The buyer went silent"}]},
              {"type":18,"id":3,"component":{"type":4,"id":4,"custom_id":"detail","value":"since Monday"}}
            ]
            """));

        Assert.Equal("Received test-form:42: detail=since Monday; reason=The buyer went silent", reply.AssertPrivateMessage());
        reply.AssertMatchesCallbackSchema();
    }

    [Theory]
    [InlineData("game_feedback_modal")]
    [InlineData("feedback:123:helpful")]
    [InlineData("")]
    public async Task DispatchAsync_ModalSubmitWithAnUnknownId_ClearPrivateReplyWith200(string customId)
    {
        var reply = await _server.SendAsync(ModalSubmit(customId, "[]"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("I don't know the form", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task DispatchAsync_AutocompleteOfARegisteredCommand_ChoicesAsCallbackType8()
    {
        var reply = await _server.SendAsync(Autocomplete(PingCommand.Name, "po"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(8, reply.Type);
        var choices = Assert.IsType<JsonArray>(reply.Json!["data"]!["choices"]);
        Assert.Equal(["po-one", "po-two", "po-three"], choices.Select(choice => choice!["value"]!.GetValue<string>()));
        reply.AssertMatchesCallbackSchema();
    }

    [Theory]
    [InlineData("cancel-advice")]
    [InlineData("airhorn")]
    public async Task DispatchAsync_AutocompleteNoHandlerAnswers_NoChoicesAsCallbackType8(string command)
    {
        var reply = await _server.SendAsync(Autocomplete(command, "x"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(8, reply.Type);
        Assert.Empty(Assert.IsType<JsonArray>(reply.Json!["data"]!["choices"]));
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task DispatchAsync_DeferredWorkThrows_PipelinePatchesOneApologyWithTheLoggedErrorId()
    {
        var interaction = Interactions.Command(FailingDeferredCommand.Name);
        var path = FakeDiscordApi.EditOriginalPath(interaction["token"]!.GetValue<string>());

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(5, reply.Type);
        Assert.Equal(64, reply.Flags);
        // Once the deferred work has ended, no second PATCH can follow.
        Assert.True(await _server.App.Services.GetRequiredService<DeferredWork>().WaitAsync(EditLimit), "the deferred work is still running");
        var content = JsonNode.Parse(Assert.Single(_api.RequestsTo("PATCH", path)).BodyText)!["content"]!.GetValue<string>();
        var match = System.Text.RegularExpressions.Regex.Match(content, "^Sorry, I could not build the test report \\(error id `([0-9a-f]{8})`\\)\\.$");
        Assert.True(match.Success, content);
        var logged = Assert.Single(_server.Logs.Matching(LogLevel.Error, match.Groups[1].Value));
        Assert.Contains("command /test-fail-later", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_HandlerDefersWithoutDeclaringIt_ApologyWithErrorIdAndNothingPatched()
    {
        var interaction = Interactions.Command(UndeclaredDeferralCommand.Name);

        var reply = await _server.SendAsync(interaction);

        Assert.Matches("something went wrong on my side .* error id `[0-9a-f]{8}`", reply.AssertPrivateMessage());
        Assert.True(await _server.App.Services.GetRequiredService<DeferredWork>().WaitAsync(EditLimit), "deferred work is still running");
        Assert.Empty(_api.Requests);
    }

    private static JsonObject ModalSubmit(string customId, string components)
    {
        var interaction = Interactions.Command(PingCommand.Name);
        interaction["type"] = 5;
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["components"] = JsonNode.Parse(components) };
        return interaction;
    }

    private static JsonObject Autocomplete(string command, string typed)
    {
        var interaction = Interactions.Command(command, options: [("text", typed)]);
        interaction["type"] = 4;
        interaction["data"]!["options"]![0]!["focused"] = true;
        return interaction;
    }
}
