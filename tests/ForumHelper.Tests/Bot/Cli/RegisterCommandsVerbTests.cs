using System.Text.Json.Nodes;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Tests.Bot.Cli;

public sealed class RegisterCommandsVerbTests : IAsyncLifetime
{
    private const string Guild = "1600000000000000001";

    // The verb's own calls are bounded by the client's deadline; this only keeps a broken verb from hanging the run.
    private static readonly TimeSpan TestLimit = TimeSpan.FromSeconds(30);

    private FakeDiscordApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeDiscordApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task RegisterCommands_DryRun_PrintsOurJsonWithoutAToken()
    {
        var (exitCode, output, error) = await RunAsync(CliRun.Configuration(), "register-commands", "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OurJson()), JsonNode.Parse(output)), output);
        Assert.Contains("\n  {\n    \"name\": \"cancel-advice\",", output, StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApi.ValidateCommandRegistration(output));
        Assert.Equal("Dry run: 3 commands for global registration; nothing sent.\n", error);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task RegisterCommands_RemoteSetEqual_SendsNoPut()
    {
        // As Discord returns them: ids, versions and defaults added, contexts and installation types in another order.
        var remote = JsonNode.Parse(OurJson())!.AsArray();
        foreach (var command in remote.OfType<JsonObject>())
        {
            foreach (var list in new[] { "contexts", "integration_types" })
            {
                var reversed = command[list]!.AsArray().Select(value => value!.GetValue<int>()).Reverse();
                command[list] = new JsonArray(reversed.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());
            }
        }

        _api.SetRegisteredCommands(remote.ToJsonString());

        var (exitCode, output, error) = await RunAsync(Settings(), "register-commands");

        Assert.Equal(0, exitCode);
        Assert.Equal("Commands already up to date (3 commands, global); nothing sent.\n", output);
        Assert.Equal("", error);
        Assert.Equal(new[] { "GET" }, _api.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task RegisterCommands_RemoteSetDifferent_SendsOnePutWithOurJson()
    {
        var remote = JsonNode.Parse(OurJson())!.AsArray();
        remote[1]!["description"] = "An older description";
        remote.RemoveAt(2);
        remote.Add(JsonNode.Parse("""{"name": "old-command", "description": "Gone", "type": 1}"""));
        _api.SetRegisteredCommands(remote.ToJsonString());

        var (exitCode, output, error) = await RunAsync(Settings(), "register-commands");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            $"Registered 3 commands (global).\n  added: {CommandNames.ForgetMe}\n  changed: {CommandNames.CaseStats}\n  removed: old-command\n",
            output);
        Assert.Equal("", error);
        var put = Assert.Single(_api.RequestsTo("PUT", FakeDiscordApi.CommandsPath()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OurJson()), JsonNode.Parse(put.BodyText)), put.BodyText);
        Assert.Empty(DiscordOpenApi.ValidateCommandRegistration(put.BodyText));
        Assert.All(_api.Requests, request =>
        {
            Assert.Equal(DiscordRestClient.UserAgent, request.Header("User-Agent"));
            Assert.Equal("Bot " + FakeDiscordApi.BotToken, request.Header("Authorization"));
        });
    }

    [Fact]
    public async Task RegisterCommands_RemoteSetFromBeforeUserInstalls_PutsTheInstallTypesAndContexts()
    {
        // As registered before members could install the app: servers and the bot's DM only, Discord's default install type.
        var remote = JsonNode.Parse(OurJson())!.AsArray();
        foreach (var command in remote.OfType<JsonObject>())
        {
            command["integration_types"] = new JsonArray(0);
            if (command["name"]!.GetValue<string>() != CommandNames.CaseStats)
            {
                command["contexts"] = new JsonArray(0, 1);
            }
        }

        _api.SetRegisteredCommands(remote.ToJsonString());

        var (exitCode, output, _) = await RunAsync(Settings(), "register-commands");

        Assert.Equal(0, exitCode);
        Assert.Equal($"Registered 3 commands (global).\n  changed: {CommandNames.CancelAdvice}, {CommandNames.ForgetMe}\n", output);
        var put = JsonNode.Parse(Assert.Single(_api.RequestsTo("PUT", FakeDiscordApi.CommandsPath())).BodyText)!.AsArray();
        var cancelAdvice = put.Single(c => c!["name"]!.GetValue<string>() == CommandNames.CancelAdvice)!;
        Assert.Equal([0, 1], cancelAdvice["integration_types"]!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.Equal([0, 1, 2], cancelAdvice["contexts"]!.AsArray().Select(v => v!.GetValue<int>()));
    }

    [Fact]
    public async Task RegisterCommands_RunTwice_SecondRunSendsNothing()
    {
        var first = await RunAsync(Settings(), "register-commands");
        var second = await RunAsync(Settings(), "register-commands");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.StartsWith("Registered 3 commands (global).\n  added: ", first.Out, StringComparison.Ordinal);
        Assert.Equal("Commands already up to date (3 commands, global); nothing sent.\n", second.Out);
        Assert.Equal(new[] { "GET", "PUT", "GET" }, _api.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task RegisterCommands_Guild_UsesTheGuildRoutes()
    {
        var (exitCode, output, _) = await RunAsync(Settings(), "register-commands", "--guild", Guild);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Registered 3 commands (guild {Guild}).", output, StringComparison.Ordinal);
        Assert.All(_api.Requests, request => Assert.Equal(FakeDiscordApi.CommandsPath(Guild), request.Path));
    }

    [Fact]
    public async Task RegisterCommands_GuildSetWithoutContextsOrInstallTypes_SendsNoPut()
    {
        // Contexts and installation types are for global commands only; a server's set may come back without them.
        var remote = JsonNode.Parse(OurJson())!.AsArray();
        foreach (var command in remote.OfType<JsonObject>())
        {
            command.Remove("contexts");
            command["integration_types"] = new JsonArray(0);
        }

        _api.SetRegisteredCommands(remote.ToJsonString(), Guild);

        var (exitCode, output, _) = await RunAsync(Settings(), "register-commands", "--guild", Guild);

        Assert.Equal(0, exitCode);
        Assert.Equal($"Commands already up to date (3 commands, guild {Guild}); nothing sent.\n", output);
        Assert.Equal(new[] { "GET" }, _api.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task RegisterCommands_MissingToken_ExitsTwoNamingTheSetting()
    {
        var (exitCode, output, error) = await RunAsync(Settings(token: null), "register-commands");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Discord:BotToken is empty", error, StringComparison.Ordinal);
        Assert.Contains("Bot page", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Discord:ApplicationId", error, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task RegisterCommands_MissingApplicationId_ExitsTwoNamingTheSetting()
    {
        var configuration = CliRun.Configuration(("Discord:BotToken", FakeDiscordApi.BotToken), ("Discord:ApiBaseUrl", _api.ApiBaseUrl));

        var (exitCode, _, error) = await RunAsync(configuration, "register-commands");

        Assert.Equal(2, exitCode);
        Assert.Contains("Discord:ApplicationId is empty; copy the Application ID from your app's General Information page", error, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task RegisterCommands_NotANumberAsGuild_ExitsTwo()
    {
        var (exitCode, _, error) = await RunAsync(Settings(), "register-commands", "--guild", "my-server");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("--guild must be a server id", error, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task RegisterCommands_TokenRefused_ExitsOneWithTheReason()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), FakeDiscordApi.Response.Error(401, 0, "401: Unauthorized"));

        var (exitCode, output, error) = await RunAsync(Settings(), "register-commands");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Discord refused the bot token (401); check Discord:BotToken", error, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task RegisterCommands_PutRejected_ExitsOneWithDiscordsReason()
    {
        _api.Enqueue("PUT", FakeDiscordApi.CommandsPath(), FakeDiscordApi.Response.Error(403, 50001, "Missing Access"));

        var (exitCode, _, error) = await RunAsync(Settings(), "register-commands");

        Assert.Equal(1, exitCode);
        Assert.Equal("Discord refused access (403, code 50001 Missing Access) when registering the commands.\n", error);
    }

    private IConfiguration Settings(string? token = FakeDiscordApi.BotToken) =>
        CliRun.Configuration([
            ("Discord:ApplicationId", FakeDiscordApi.ApplicationId),
            ("Discord:ApiBaseUrl", _api.ApiBaseUrl),
            .. token is null ? Array.Empty<(string, string)>() : [("Discord:BotToken", token)],
        ]);

    // Off the test's thread: the verb blocks on its async work, as the real program does.
    private static Task<(int ExitCode, string Out, string Error)> RunAsync(IConfiguration configuration, params string[] args) =>
        Task.Run(() => CliRun.InvokeWith(configuration, args)).WaitAsync(TestLimit);

    private static string OurJson() => JsonSerializer.Serialize(CommandDefinitions.All, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
}
