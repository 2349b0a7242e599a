using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>Routing of verified interactions, end to end: what is not ours, forged or stale gets a polite private answer, never an error.</summary>
public sealed class InteractionDispatcherTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task DispatchAsync_UnknownCommandName_PolitePrivateMessage()
    {
        var reply = await _server.SendAsync(Interactions.Command("refund-everything"));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("I don't know the command `/refund-everything`", text, StringComparison.Ordinal);
        Assert.Contains("/cancel-advice", text, StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task DispatchAsync_VeryLongCommandName_EchoesItShortened()
    {
        var reply = await _server.SendAsync(Interactions.Command(new string('n', 5000)));

        var text = reply.AssertPrivateMessage();
        Assert.DoesNotContain(new string('n', 33), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("`@here")]
    [InlineData("x` <@&1650000000000000001> `y")]
    public async Task DispatchAsync_CommandNameClosingTheCodeSpan_EchoStaysInertCode(string name)
    {
        // Forged (yet signed): the server helper fails any reply with a mention outside a code span.
        var reply = await _server.SendAsync(Interactions.Command(name));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("I don't know the command `/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`@", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_LongCommandNameOfCharactersBeyondUFFFF_EchoIsCutBetweenCharacters()
    {
        // After "a" the 32nd UTF-16 unit is the first half of 𝔘: cutting there would leave "�" in the reply.
        var reply = await _server.SendAsync(Interactions.Command("a" + string.Concat(Enumerable.Repeat("𝔘", 40))));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("`/a" + string.Concat(Enumerable.Repeat("𝔘", 15)) + "…`", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    public static TheoryData<string> ForgedCustomIds =>
    [
        "feedback:123:helpful",
        "feedback:123:not-helpful",
        "whatif:abc",
        "whatif:123:decline-cancellation",
        "share:123",
        "share:0",
        "feedback:-5:helpful",
        "feedback:99999999999999999999:helpful",
        "feedback:123:helpful:again",
        "forget:maybe",
        "click_one",
        ":",
        "",
        new string('9', 300),
        "share:" + new string('1', 294),
    ];

    [Theory]
    [MemberData(nameof(ForgedCustomIds))]
    public async Task DispatchAsync_ForgedOrForeignCustomId_PoliteExpiredMessage(string customId)
    {
        // A member of its own per id: every button counts against the per-minute allowance, and these are many.
        var member = (1_700_000_000_000_100_000L + (uint)customId.GetHashCode(StringComparison.Ordinal) % 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var reply = await _server.SendAsync(Interactions.Button(customId, member));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
        reply.AssertPrivateMessage();
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task DispatchAsync_CommandWithoutMemberOrUser_SaysItCannotTellWhoAsked()
    {
        var interaction = Interactions.CancelAdvice(options: Interactions.Origin);
        interaction.Remove("member");

        var reply = await _server.SendAsync(interaction);

        Assert.Contains("could not tell who asked", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_CommandWithoutData_AnswersPolitely()
    {
        var interaction = Interactions.CancelAdvice();
        interaction.Remove("data");

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        reply.AssertPrivateMessage();
    }

    [Fact]
    public async Task DispatchAsync_ButtonWithoutData_PoliteExpiredMessage()
    {
        var interaction = Interactions.Button("feedback:1:helpful");
        interaction.Remove("data");

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }
}
