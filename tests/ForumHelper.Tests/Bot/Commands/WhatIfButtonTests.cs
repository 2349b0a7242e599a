using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>"What if …?": a private embed for the other path of the member's own answer.</summary>
public sealed class WhatIfButtonTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task Handle_OtherPathOfOwnAnswer_PrivateEmbedForThatPath()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var whatIf = answer.CustomIds.Single(id => id.StartsWith("whatif:", StringComparison.Ordinal));
        var path = whatIf.Split(':')[2];

        var reply = await _server.SendAsync(Interactions.Button(whatIf));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        Assert.Equal(64, reply.Flags);
        var book = RealData.Set.Books["en"];
        Assert.Equal(book.Recommendations[path].Title, reply.FirstEmbed["title"]!.GetValue<string>());
        Assert.NotEqual(answer.FirstEmbed["title"]!.GetValue<string>(), reply.FirstEmbed["title"]!.GetValue<string>());
        Assert.Contains(book.Recommendations["accept-cancellation"].Title, reply.FirstEmbed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_TheRecommendedPathItself_Expired()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        var reply = await _server.SendAsync(Interactions.Button($"whatif:{answer.CaseId}:accept-cancellation"));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }

    [Fact]
    public async Task Handle_AnotherMembersAnswer_Expired()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin));
        var whatIf = answer.CustomIds.Single(id => id.StartsWith("whatif:", StringComparison.Ordinal));

        var reply = await _server.SendAsync(Interactions.Button(whatIf, Interactions.Member));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }
}
