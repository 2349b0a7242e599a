using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary><c>/forget-me</c>: asks first, with a confirm and a cancel button.</summary>
public sealed class ForgetMeCommandTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task Handle_Always_AsksPrivatelyWithConfirmAndCancelButtons()
    {
        var reply = await _server.SendAsync(Interactions.Command("forget-me"));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("cannot be undone", text, StringComparison.Ordinal);
        Assert.Equal(["forget:confirm", "forget:cancel"], reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_InDirectMessageThroughUserInstall_AsksPrivatelyWithConfirmAndCancelButtons()
    {
        var reply = await _server.SendAsync(Interactions.InDirectMessage(Interactions.Command("forget-me")));

        Assert.Contains("cannot be undone", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        Assert.Equal(["forget:confirm", "forget:cancel"], reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
    }
}
