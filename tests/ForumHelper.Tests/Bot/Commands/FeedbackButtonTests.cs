using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>Helpful / Not helpful under an answer: the message is updated (type 7) with a thank-you, the feedback buttons go, and the case gets the feedback.</summary>
public sealed class FeedbackButtonTests : IAsyncLifetime
{
    private InteractionServer _server = null!;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("helpful", Feedback.Helpful, "Glad it helped")]
    [InlineData("not-helpful", Feedback.NotHelpful, "Thanks for telling me")]
    public async Task Handle_ClickOnOwnAnswer_UpdatesToThanksAndStoresFeedback(string choice, Feedback expected, string thanks)
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1); // a member clicks seconds later; the case is written in milliseconds

        var reply = await _server.SendAsync(Interactions.Button(answer.Button("feedback", choice)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(7, reply.Type);
        Assert.Contains(thanks, reply.Content, StringComparison.Ordinal);
        // The answer stays (no `embeds` key leaves them unchanged); only the feedback pair gives way.
        Assert.Null(reply.Data["embeds"]);
        Assert.DoesNotContain(reply.CustomIds, id => id.StartsWith("feedback:", StringComparison.Ordinal));
        Assert.Equal(answer.CustomIds.Where(id => !id.StartsWith("feedback:", StringComparison.Ordinal)), reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
        await Polling.UntilAsync(() => _server.Storage.Store.Find(answer.CaseId)?.Feedback == expected, $"feedback {expected} stored on case {answer.CaseId}");
    }

    [Fact]
    public async Task Handle_ClickAsDiscordSendsItWithNumericComponentId_UpdatesToThanks()
    {
        // Discord's current button clicks carry data.id, the numeric component id
        // (fixture interaction_component_button_partial.json).
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);
        var click = Interactions.Button(answer.Button("feedback", "helpful"));
        click["data"]!["id"] = 2;

        var reply = await _server.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(7, reply.Type);
    }

    [Fact]
    public async Task Handle_ClickInDirectMessage_ThanksWithWhatIfButNoShowInChannel()
    {
        var answer = await _server.SendAsync(Interactions.InDirectMessage(Interactions.CancelAdvice(options: Interactions.Origin)));
        await _server.WaitForWrittenAsync(1);

        var reply = await _server.SendAsync(Interactions.InDirectMessage(Interactions.Button(answer.Button("feedback", "helpful"))));

        Assert.Equal(7, reply.Type);
        Assert.Contains("Glad it helped", reply.Content, StringComparison.Ordinal);
        Assert.Equal([answer.Button("details"), answer.Button("whatif")], reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
        await Polling.UntilAsync(() => _server.Storage.Store.Find(answer.CaseId)?.Feedback == Feedback.Helpful, $"feedback stored on case {answer.CaseId}");
    }

    [Fact]
    public async Task Handle_AnotherMembersAnswer_ExpiredAndNothingStored()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        await _server.WaitForWrittenAsync(1);

        var reply = await _server.SendAsync(Interactions.Button(answer.Button("feedback", "helpful"), Interactions.OtherMember));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
        var health = await _server.HealthAsync();
        Assert.Equal(0, health["casesPending"]!.GetValue<long>());
        Assert.Equal(1, health["casesWritten"]!.GetValue<long>());
        Assert.Equal(Feedback.None, _server.Storage.Store.Find(answer.CaseId)!.Feedback);
    }

    [Fact]
    public async Task Handle_UnknownChoice_Expired()
    {
        var answer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        var reply = await _server.SendAsync(Interactions.Button(answer.Button("feedback", "helpful").Replace(":helpful:", ":love-it:", StringComparison.Ordinal)));

        Assert.Equal(Replies.Expired.Data!.Content, reply.Content);
    }
}
