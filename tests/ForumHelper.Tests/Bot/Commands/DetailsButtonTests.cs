using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>"Details": every reason, every question and every path in full, privately, from the facts the button carries.</summary>
public sealed class DetailsButtonTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task Handle_PressedUnderAnAnswer_PrivateBreakdownWithWhatTheFirstScreenLeftOut()
    {
        var member = "1700000000000000501";
        var answer = await _server.SendAsync(Interactions.CancelAdvice(member, Interactions.OriginWithNumbers));
        var firstScreen = answer.FirstEmbed["description"]!.GetValue<string>();

        var reply = await _server.SendAsync(Interactions.Button(answer.Button("details"), member));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        Assert.Equal(64, reply.Flags);
        Assert.Empty(reply.CustomIds);
        var details = reply.FirstEmbed["description"]!.GetValue<string>();
        // The reasons the first screen had no room for are here, in the member's own numbers.
        var points = details.Split('\n').Where(line => line.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.True(points.Count > 3, details);
        Assert.Contains(points, point => !firstScreen.Contains(point, StringComparison.Ordinal));
        Assert.Contains("95.2%", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(["Money", "Review risk", "Warning risk", "Completion rate"], reply.FirstEmbed["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_IdWithoutFacts_Expired()
    {
        var member = "1700000000000000502";
        var answer = await _server.SendAsync(Interactions.CancelAdvice(member, Interactions.OriginWithNumbers));

        var reply = await _server.SendAsync(Interactions.Button($"details:{answer.CaseId}", member));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
        Assert.Equal(64, reply.Flags);
    }
}
