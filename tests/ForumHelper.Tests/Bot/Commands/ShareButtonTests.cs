using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>"Show in channel": the same advice for everyone to see, worded without the member's own numbers.</summary>
public sealed class ShareButtonTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task Handle_AnswerWithMemberNumbers_PublicMessageWithoutThem()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));
        Assert.Contains("95.2%", answer.AssertPrivateMessage(), StringComparison.Ordinal);

        var reply = await _server.SendAsync(Interactions.Button(answer.Button("share")));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        Assert.Equal(0, reply.Flags & 64);
        Assert.DoesNotContain("95.2%", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("20 orders", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(answer.FirstEmbed["title"]!.GetValue<string>(), reply.FirstEmbed["title"]!.GetValue<string>());
        // Readers of the channel never saw the question: it comes first, in general words.
        Assert.StartsWith("**The question:** the buyer asked to cancel · a draft was shown in chat, not delivered · the buyer is unhappy with the result · the buyer has gone quiet\n\n",
            reply.FirstEmbed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_ButtonOfAnAnswerFromAnotherReplica_PostsTheSameAnswer()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));
        var here = await _server.SendAsync(Interactions.Button(answer.Button("share")));
        await using var otherReplica = await InteractionServer.StartAsync();

        var there = await otherReplica.SendAsync(Interactions.Button(answer.Button("share")));

        Assert.Equal(here.Data.ToJsonString(), there.Data.ToJsonString());
    }

    [Fact]
    public async Task Handle_IdWithoutFacts_ExpiredAndPrivate()
    {
        // An id from before buttons carried the facts, or a forged one: nothing to answer from.
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));

        var reply = await _server.SendAsync(Interactions.Button($"share:{answer.CaseId}"));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
        Assert.Equal(64, reply.Flags);
        Assert.DoesNotContain("95.2%", reply.AllText, StringComparison.Ordinal);
    }
}
