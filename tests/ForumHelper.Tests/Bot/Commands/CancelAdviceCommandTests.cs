using System.Net;
using System.Text.Json.Nodes;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary><c>/cancel-advice</c> through the real endpoint: the private answer, its buttons, the logged case, bad options and the rate limit.</summary>
public sealed class CancelAdviceCommandTests : IAsyncLifetime
{
    private InteractionServer _server = null!;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Handle_OriginOptions_PrivateEmbedWithAcceptTitlePathLinesAndButtons()
    {
        var expected = Expected("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected");

        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        Assert.Equal(64, reply.Flags);
        Assert.Empty(reply.Data["allowed_mentions"]!["parse"]!.AsArray());
        var embed = reply.FirstEmbed;
        Assert.Equal(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, reply.AnswerTitle);
        // Every path on a line of its own, in the engine's order; the full breakdown is behind "Details".
        var description = embed["description"]!.GetValue<string>();
        var positions = expected.Outcomes.Select(o => description.IndexOf($"**{o.Label}**", StringComparison.Ordinal)).ToList();
        Assert.All(positions, at => Assert.True(at >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Null(embed["fields"]);
        var caseId = reply.CaseId;
        var alternative = expected.Outcomes.First(o => !o.Recommended).Option;
        // Every button carries the question's facts, so any replica can answer its click.
        var facts = reply.CustomIds[0].Split(':')[3];
        Assert.True(DisputeFactsCode.TryDecode(facts, out var carried, out _));
        Assert.Equal(SlashLine.ParseFacts("/cancel-advice " + string.Join(' ', Interactions.Origin.Select(o => $"{o.Name}:{o.Value}"))).Value, carried);
        Assert.Equal(
            [$"details:{caseId}:all:{facts}", $"whatif:{caseId}:{alternative}:{facts}", $"share:{caseId}:channel:{facts}", $"feedback:{caseId}:helpful:{facts}", $"feedback:{caseId}:not-helpful:{facts}"],
            reply.CustomIds);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_NoOptions_OpensTheDescribeFormMatchingDiscordsSchema()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(9, reply.Type);
        reply.AssertMatchesCallbackSchema();
        Assert.StartsWith("describe:", reply.Data["custom_id"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_StageWithoutWhoAsked_OpensTheFormWithTheStagePreSelected()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: ("stage", "delivered")));

        Assert.Equal(9, reply.Type);
        reply.AssertMatchesCallbackSchema();
        Assert.Contains("\"value\":\"delivered\",\"default\":true", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_SameInteractionReplayedWithinTheWindow_AnsweredAgainButLoggedOnce()
    {
        // A captured request sent again (signature and timestamp still valid) is the same interaction id:
        // its case id is a keyed hash of that id, so the second write is the same row.
        var body = System.Text.Encoding.UTF8.GetBytes(Interactions.CancelAdvice(options: Interactions.Origin).ToJsonString());
        var captured = new SendOptions { Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var first = await _server.SendAsync(body, captured);
        var replay = await _server.SendAsync(body, captured);

        Assert.Equal(first.CaseId, replay.CaseId);
        await _server.WaitForWrittenAsync(2);
        Assert.NotNull(_server.Storage.Store.Find(first.CaseId));
        var rows = _server.Storage.Store.CountBy(ForumHelper.Core.Cases.CaseGrouping.Recommendation, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Sum(g => g.Count);
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task Handle_TwoDifferentInteractions_GetDifferentCases()
    {
        var first = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var second = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        Assert.NotEqual(first.CaseId, second.CaseId);
    }

    [Fact]
    public async Task Handle_OriginOptions_CaseIsInTheDatabaseUnderAPseudonym()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        await _server.WaitForWrittenAsync(1);
        var stored = _server.Storage.Store.Find(reply.CaseId);
        Assert.NotNull(stored);
        Assert.Equal("accept-cancellation", stored.Recommendation);
        Assert.Equal("draft-in-chat", stored.Stage);
        Assert.Equal("buyer", stored.AskedBy);
        Assert.NotEqual(Interactions.Member, stored.Member);
        Assert.DoesNotContain(Interactions.Member, stored.Member, StringComparison.Ordinal);
        Assert.NotNull(stored.Server);
        Assert.DoesNotContain(Interactions.GuildId, stored.Server, StringComparison.Ordinal);
        Assert.Equal((await _server.HealthAsync())["dataVersion"]!.GetValue<string>(), stored.AnswerVersion);
    }

    [Fact]
    public async Task Handle_WithMemberNumbers_PrivateAnswerQuotesTheRateAfterCancelling()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OriginWithNumbers));

        Assert.Contains("95.2%", reply.AssertPrivateMessage(), StringComparison.Ordinal);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_InDirectMessage_AnswersAndLogsWithoutServer()
    {
        var interaction = Interactions.CancelAdvice(options: Interactions.Origin);
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction.Remove("guild_locale");
        interaction["user"] = new JsonObject { ["id"] = Interactions.OtherMember, ["username"] = "dm-seller" };
        interaction["context"] = 1;

        var reply = await _server.SendAsync(interaction);

        reply.AssertPrivateMessage();
        await _server.WaitForWrittenAsync(1);
        var stored = _server.Storage.Store.Find(reply.CaseId);
        Assert.NotNull(stored);
        Assert.Null(stored.Server);
    }

    [Fact]
    public async Task Handle_InDirectMessageThroughUserInstall_PrivateAnswerWithoutShowInChannelLoggedWithoutServer()
    {
        var inServer = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));

        var reply = await _server.SendAsync(Interactions.InDirectMessage(Interactions.CancelAdvice(options: Interactions.Origin)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        Assert.Equal(64, reply.Flags);
        Assert.Equal(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, reply.AnswerTitle);
        // The bot's DM has nobody else to show the answer to; feedback and "what if" stay.
        Assert.DoesNotContain(reply.CustomIds, id => id.StartsWith("share:", StringComparison.Ordinal));
        Assert.Equal(["details", "whatif", "feedback", "feedback"], reply.CustomIds.Select(id => id.Split(':')[0]));
        reply.AssertMatchesCallbackSchema();
        await _server.WaitForWrittenAsync(2);
        var stored = _server.Storage.Store.Find(reply.CaseId);
        Assert.NotNull(stored);
        Assert.Null(stored.Server);
        // The same member under the same pseudonym wherever they ask, so /forget-me finds both.
        Assert.Equal(_server.Storage.Store.Find(inServer.CaseId)!.Member, stored.Member);
    }

    [Theory]
    [InlineData("group DM", true, false)]
    [InlineData("server without the app", true, false)]
    [InlineData("server with the app", true, true)]
    [InlineData("server, older payload", true, true)]
    public async Task Handle_WhereverAsked_PrivateAnswerSharedWhereOthersReadAndCountedOnlyWhereInstalled(string place, bool share, bool counted)
    {
        var interaction = Interactions.CancelAdvice(options: Interactions.Origin);
        interaction = place switch
        {
            "group DM" => Interactions.InDirectMessage(interaction),
            "server without the app" => Interactions.InOtherServer(interaction),
            "server with the app" => Interactions.GuildInstalled(interaction),
            _ => interaction,
        };
        if (place == "group DM")
        {
            interaction["context"] = 2;
            interaction["channel"]!["type"] = 3;
        }

        var reply = await _server.SendAsync(interaction);

        reply.AssertPrivateMessage();
        reply.AssertMatchesCallbackSchema();
        Assert.Equal(share, reply.CustomIds.Any(id => id.StartsWith("share:", StringComparison.Ordinal)));
        await _server.WaitForWrittenAsync(1);
        Assert.Equal(counted, _server.Storage.Store.Find(reply.CaseId)!.Server is not null);
    }

    [Fact]
    public async Task Handle_UnknownOptionValue_PrivateMessageNamingTheValidValues()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: [("asked-by", "buyer"), ("stage", "draft")]));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("`draft`", text, StringComparison.Ordinal);
        Assert.Contains("stage", text, StringComparison.Ordinal);
        foreach (var valid in FactCatalog.Find("stage")!.Choices)
        {
            Assert.Contains(valid, text, StringComparison.Ordinal);
        }

        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task Handle_StageMissingAndAnotherOptionWrong_PrivateMessageNamesBothInsteadOfTheForm()
    {
        // A wrong value is said at once: a form would only lose what the member typed.
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: [("asked-by", "buyer"), ("rate", 250)]));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("`stage` is required", text, StringComparison.Ordinal);
        Assert.Contains("outside 0–100", text, StringComparison.Ordinal);
        Assert.Empty(reply.CustomIds);
    }

    [Fact]
    public async Task Handle_NumberOutOfRange_PrivateMessageGivesTheRange()
    {
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: [.. Interactions.Origin, ("rate", 250)]));

        Assert.Contains("`rate` is 250, outside", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_MassMentionAsOptionValue_ReplyCannotPingAnyone()
    {
        // The server helper checks every reply: allowed_mentions.parse is empty and no @everyone is live.
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: [("asked-by", "@everyone"), ("stage", "@here")]));

        var text = reply.AssertPrivateMessage();
        Assert.Contains("@everyone", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_OptionValueClosingTheCodeSpan_StillCannotShowALiveMassMention()
    {
        // Discord only sends registered choices, so this needs a forged (yet signed) request; the
        // echo must stay inert anyway (the server helper checks every reply for a live @everyone).
        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: [("asked-by", "x` @everyone `y"), ("stage", "draft-in-chat")]));

        reply.AssertPrivateMessage();
    }

    [Theory]
    [InlineData("lone surrogate")]
    [InlineData("invalid UTF-8")]
    public async Task Handle_OptionValueThatIsNotText_PrivateMessageNamingTheValidValues(string how)
    {
        // Valid JSON, signed, yet no text: System.Text.Json refuses it only when the handler reads the value.
        var json = Interactions.CancelAdvice(options: [("asked-by", "buyer"), ("stage", "PLACEHOLDER")]).ToJsonString();
        var body = how == "lone surrogate"
            ? System.Text.Encoding.UTF8.GetBytes(json.Replace("PLACEHOLDER", "\\ud800draft", StringComparison.Ordinal))
            : [.. System.Text.Encoding.UTF8.GetBytes(json[..json.IndexOf("PLACEHOLDER", StringComparison.Ordinal)]), 0xFF, .. System.Text.Encoding.UTF8.GetBytes(json[(json.IndexOf("PLACEHOLDER", StringComparison.Ordinal) + "PLACEHOLDER".Length)..])];

        var reply = await _server.SendAsync(body);

        var text = reply.AssertPrivateMessage();
        Assert.Contains("`(not valid text)` is not a valid `stage`", text, StringComparison.Ordinal);
        Assert.Contains("draft-in-chat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("something went wrong", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_NullEntryAmongTheOptions_IsSkippedAndTheRestAnswered()
    {
        var interaction = Interactions.CancelAdvice(options: Interactions.Origin);
        interaction["data"]!["options"]!.AsArray().Insert(1, null);

        var reply = await _server.SendAsync(interaction);

        Assert.NotNull(reply.AssertPrivateMessage());
        Assert.Equal(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, reply.AnswerTitle);
    }

    [Fact]
    public async Task Handle_TwentyFiveUnknownOptions_ErrorReplyStaysWithinDiscordLimits()
    {
        // Forged (yet signed): Discord sends at most 25 options with names of at most 32 characters.
        // The server helper fails the reply if its content is over Discord's 2000 characters.
        var options = Enumerable.Range(0, 25).Select(i => ($"unknown-option-{i:00}-{new string('x', 14)}", (object)"x")).ToArray();

        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: options));

        Assert.Contains("is not an option", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ElevenInOneMinuteFromOneMember_EleventhIsPolitelyRateLimited()
    {
        for (var i = 1; i <= 10; i++)
        {
            var allowed = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
            Assert.True(allowed.Data["embeds"] is JsonArray { Count: 1 }, $"request {i} should be answered: {allowed.Text}");
        }

        var limited = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var someoneElse = await _server.SendAsync(Interactions.CancelAdvice(Interactions.OtherMember, Interactions.Origin));

        // Plain and friendly: how many, and when it works again (one request back every 6 seconds at 10 a minute).
        var text = limited.AssertPrivateMessage();
        Assert.Matches(@"^You have sent me 10 requests within a minute, the most I take from one member\. Try again in [1-6] seconds?\.$", text);
        Assert.Empty(limited.CustomIds);
        Assert.Single(someoneElse.Data["embeds"]!.AsArray());
        await _server.WaitForWrittenAsync(11);
        Assert.Equal(11, (await _server.HealthAsync())["casesWritten"]!.GetValue<long>());
    }

    [Fact]
    public async Task Handle_FortyMembersAtOnce_EveryoneIsAnsweredAndLogged()
    {
        var members = Enumerable.Range(0, 40).Select(i => (1_700_000_000_000_100_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var replies = await Task.WhenAll(members.Select(member => _server.SendAsync(Interactions.CancelAdvice(member, Interactions.Origin))));

        Assert.All(replies, reply => Assert.Single(reply.Data["embeds"]!.AsArray()));
        Assert.Equal(40, replies.Select(reply => reply.CaseId).Distinct().Count());
        await _server.WaitForWrittenAsync(40);
        Assert.All(replies, reply => Assert.NotNull(_server.Storage.Store.Find(reply.CaseId)));
    }

    private static Answer Expected(string line) =>
        RealData.Set.Answer(SlashLine.ParseFacts(line).Value!, DateOnly.FromDateTime(DateTime.UtcNow)).Answer;
}
