using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>"What if …?": a private embed for the other path of the member's own answer.</summary>
public sealed class WhatIfButtonTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task Handle_PressedElevenTimesInAMinute_EleventhIsPolitelyRefused()
    {
        // Every button counts against the member's allowance, as a question does (default 10 a minute).
        const string member = "1700000000000000777";
        var answer = await _server.SendAsync(Interactions.CancelAdvice(member, Interactions.Origin));
        var whatIf = answer.CustomIds.Single(id => id.StartsWith("whatif:", StringComparison.Ordinal));

        var replies = new List<InteractionReply>();
        for (var i = 0; i < 10; i++)
        {
            replies.Add(await _server.SendAsync(Interactions.Button(whatIf, member)));
        }

        Assert.Equal(9, replies.Count(r => r.Data["embeds"] is not null));
        Assert.Contains("requests within a minute", replies[^1].AssertPrivateMessage(), StringComparison.Ordinal);
    }

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
    public async Task Handle_ButtonOfAnAnswerFromAnotherReplica_GivesTheSameReply()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));
        var here = await _server.SendAsync(Interactions.Button(answer.Button("whatif")));
        await using var otherReplica = await InteractionServer.StartAsync();

        var there = await otherReplica.SendAsync(Interactions.Button(answer.Button("whatif")));

        Assert.Equal(here.Data.ToJsonString(), there.Data.ToJsonString());
        Assert.Contains("95.2%", there.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_TheRecommendedPathItself_Expired()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        var whatIf = answer.Button("whatif");

        var reply = await _server.SendAsync(Interactions.Button(whatIf.Replace(":decline-cancellation:", ":accept-cancellation:", StringComparison.Ordinal)));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }

    [Theory]
    [InlineData("")] // an id from before buttons carried the facts
    [InlineData("0.0.z........1uv")] // facts no question could have
    public async Task Handle_IdWithoutUsableFacts_Expired(string facts)
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var parts = answer.Button("whatif").Split(':');

        var reply = await _server.SendAsync(Interactions.Button(facts.Length == 0 ? string.Join(':', parts[..3]) : string.Join(':', [.. parts[..3], facts])));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }
}
