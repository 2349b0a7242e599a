using System.Net;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>The answer to <c>/forget-me</c>: confirm deletes the clicker's cases (only theirs) and says how many; cancel keeps them.</summary>
public sealed class ForgetButtonTests : IAsyncLifetime
{
    private InteractionServer _server = null!;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Handle_ConfirmAfterTwoOwnCases_DeletesBothAndSaysSo()
    {
        var first = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var second = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));
        var someoneElses = await _server.SendAsync(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin));
        await _server.WaitForWrittenAsync(3);

        var reply = await _server.SendAsync(Interactions.Button("forget:confirm"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(7, reply.Type);
        Assert.Equal("Done: deleted 2 cases.", reply.Content);
        Assert.Empty(reply.Data["components"]!.AsArray());
        reply.AssertMatchesCallbackSchema();
        Assert.Null(_server.Storage.Store.Find(first.CaseId));
        Assert.Null(_server.Storage.Store.Find(second.CaseId));
        Assert.NotNull(_server.Storage.Store.Find(someoneElses.CaseId));
    }

    [Fact]
    public async Task Handle_ConfirmFromDirectMessage_DeletesTheDmCaseAndTheServerCase()
    {
        // Forgetting goes by the member's pseudonym, so where a case was asked does not matter.
        var inServer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var inDm = await _server.SendAsync(Interactions.InDirectMessage(Interactions.CancelAdvice(options: Interactions.Origin)));
        var someoneElses = await _server.SendAsync(Interactions.InDirectMessage(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin)));
        await _server.WaitForWrittenAsync(3);
        Assert.Null(_server.Storage.Store.Find(inDm.CaseId)!.Server);

        var prompt = await _server.SendAsync(Interactions.InDirectMessage(Interactions.Command("forget-me")));
        var reply = await _server.SendAsync(Interactions.InDirectMessage(Interactions.Button(prompt.CustomIds[0])));

        Assert.Equal(["forget:confirm", "forget:cancel"], prompt.CustomIds);
        Assert.Equal(64, prompt.Flags);
        Assert.Equal(7, reply.Type);
        Assert.Equal("Done: deleted 2 cases.", reply.Content);
        reply.AssertMatchesCallbackSchema();
        Assert.Null(_server.Storage.Store.Find(inServer.CaseId));
        Assert.Null(_server.Storage.Store.Find(inDm.CaseId));
        Assert.NotNull(_server.Storage.Store.Find(someoneElses.CaseId));
    }

    [Fact]
    public async Task Handle_ConfirmWithNothingLogged_SaysThereWasNothing()
    {
        var reply = await _server.SendAsync(Interactions.Button("forget:confirm"));

        Assert.Equal(7, reply.Type);
        Assert.Contains("nothing to delete", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_Cancel_DeletesNothing()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);

        var reply = await _server.SendAsync(Interactions.Button("forget:cancel"));

        Assert.Equal(7, reply.Type);
        Assert.Equal("Nothing was deleted.", reply.Content);
        Assert.NotNull(_server.Storage.Store.Find(answer.CaseId));
    }
}
