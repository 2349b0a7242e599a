using System.Net;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// Discord's own example payloads (tests/ForumHelper.Tests/Fixtures/Discord, see SOURCES.md there): they parse, and
/// signed and POSTed they get the documented answer and never a 5xx. None of them is one of our
/// commands or buttons, so commands get "I don't know the command", buttons "expired", and the
/// types ForumHelper does not handle (4 autocomplete, 5 modal submit) a 400.
/// </summary>
public sealed class InteractionFixturesTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(FixtureFolder, "interaction_*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    private static string FixtureFolder => RepositoryPaths.DiscordFixtures;

    [Fact]
    public void Fixtures_AllSeven_ArePresent()
    {
        Assert.Equal(7, Fixtures.Count);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Deserialize_OfficialFixture_Parses(string file)
    {
        var interaction = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(FixtureFolder, file)), DiscordJsonContext.Default.Interaction);

        Assert.NotNull(interaction);
        Assert.InRange(interaction.Type, 2, 5);
        Assert.NotNull(interaction.Data);
    }

    [Fact]
    public void Deserialize_SlashCommandFixture_ReadsMemberPermissionsAndOptions()
    {
        var interaction = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(FixtureFolder, "interaction_application_command.json")), DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("53908232506183680", interaction.Invoker?.Id);
        Assert.Equal("2147483647", interaction.Member?.Permissions);
        Assert.Equal("cardsearch", interaction.Data?.Name);
        Assert.Equal("The Gitrog Monster", Assert.Single(interaction.Data!.Options!).Value.GetString());
        Assert.Equal("en-US", interaction.Locale);
    }

    [Theory]
    [InlineData("interaction_application_command.json", "I don't know the command `/cardsearch`")]
    [InlineData("interaction_component_button.json", "expired")]
    [InlineData("interaction_component_string_select.json", "expired")]
    public async Task HandleAsync_SignedFullFixture_PolitePrivateMessage(string file, string expected)
    {
        var reply = await _server.SendAsync(File.ReadAllBytes(Path.Combine(FixtureFolder, file)));

        Assert.Contains(expected, reply.AssertPrivateMessage(), StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task HandleAsync_SignedPartialButtonFixture_PolitePrivateMessage()
    {
        // Only `type` and `data` (with the numeric component id current clicks carry): there is no
        // member or user, so the bot cannot tell who clicked; it must still answer politely.
        var reply = await _server.SendAsync(File.ReadAllBytes(Path.Combine(FixtureFolder, "interaction_component_button_partial.json")));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        reply.AssertPrivateMessage();
    }

    [Theory]
    [InlineData("interaction_modal_submit_action_row.json")]
    [InlineData("interaction_modal_submit_label_partial.json")]
    public async Task HandleAsync_SignedModalSubmitFixtureOfAFormNotOurs_ClearPrivateReply(string file)
    {
        var reply = await _server.SendAsync(File.ReadAllBytes(Path.Combine(FixtureFolder, file)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        reply.AssertPrivateMessage();
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task HandleAsync_SignedAutocompleteFixtureOfACommandNotOurs_NoChoices()
    {
        var reply = await _server.SendAsync(File.ReadAllBytes(Path.Combine(FixtureFolder, "interaction_autocomplete.json")));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(8, reply.Type);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public void ValidateCommandRegistration_DocsExampleCommand_MatchesSpec()
    {
        // The docs' own command, as the one element of a bulk overwrite: the validator our command
        // registration is checked with must not reject what Discord documents.
        var command = File.ReadAllText(Path.Combine(FixtureFolder, "command_chat_input_example.json"));

        Assert.Empty(DiscordOpenApi.ValidateCommandRegistration("[" + command + "]"));
    }

    [Fact]
    public void ValidateAgainstSchema_DocsModalResponse_MatchesSpec()
    {
        var response = File.ReadAllText(Path.Combine(FixtureFolder, "response_modal_label.json"));

        Assert.Empty(DiscordOpenApi.ValidateAgainstSchema("ModalInteractionCallbackRequest", response));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task HandleAsync_FixtureWithoutSignature_Returns401(string file)
    {
        var reply = await _server.SendAsync(File.ReadAllBytes(Path.Combine(FixtureFolder, file)), new SendOptions { Sign = false });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }
}
