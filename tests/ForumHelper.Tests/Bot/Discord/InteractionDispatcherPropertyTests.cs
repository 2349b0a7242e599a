using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// Generated text that tries to ping someone or break the formatting (mentions of every kind,
/// backticks and code fences, markdown, zero-width and direction characters, up to the 64 KiB
/// body cap) in every place a member's text can reach a handler: option values and names, the
/// command name, the locale, a button id. No reply pings anyone or shows a live mention outside a
/// code span, and every message stays within Discord's limits (both checked by the server helper
/// on each reply); no echo is cut inside a character; every button of an answer works when clicked
/// by the member who asked.
/// </summary>
public sealed class InteractionDispatcherPropertyTests(UnthrottledInteractionServer shared) : IClassFixture<UnthrottledInteractionServer>
{
    private static readonly string[] Places = ["option value", "option name", "command name", "locale", "button id"];

    private static readonly string[] FactNames = [.. FactCatalog.All.Select(fact => fact.Name)];

    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task DispatchAsync_GeneratedMentionsAndMarkdown_NeverPingAndStayWithinLimits()
    {
        var clicked = 0;

        await Gen.Select(MentionsAndMarkdown.Text, Gen.OneOfConst(Places), Gen.OneOfConst(FactNames), HostileInteractions.MemberId).SampleAsync(
            async (text, place, fact, quotedMember) =>
            {
                var member = quotedMember.Trim('"');
                var interaction = place switch
                {
                    "option value" => Interactions.CancelAdvice(member, [.. Interactions.Origin.Where(option => option.Name != fact), (fact, text)]),
                    "option name" => Interactions.CancelAdvice(member, [.. Interactions.Origin, (text, "x")]),
                    "command name" => Interactions.Command(text, member),
                    "locale" => WithLocale(Interactions.CancelAdvice(member, Interactions.OriginWithNumbers), text),
                    _ => Interactions.Button(text, member),
                };
                var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());

                var reply = await _server.SendAsync(body);

                var how = $"{place} {(place == "option value" ? fact : "")}";
                HostileReply.Assert(reply, body.Length > 64 * 1024 ? [HttpStatusCode.RequestEntityTooLarge] : [HttpStatusCode.OK], body, how);

                // The text was whole; a "�" in the reply means an echo was cut inside a character.
                Assert.False(reply.AllText.Contains('\uFFFD', StringComparison.Ordinal), $"a character cut in two ({how}): {HostileJson.Excerpt(reply.AllText, 500)}");
                foreach (var customId in reply.Status == HttpStatusCode.OK && reply.Type == 4 ? reply.CustomIds : [])
                {
                    var click = Encoding.UTF8.GetBytes(Interactions.Button(customId, member).ToJsonString());
                    HostileReply.Assert(await _server.SendAsync(click), [HttpStatusCode.OK], click, $"clicking {customId} after {how}");
                    Interlocked.Increment(ref clicked);
                }
            },
            iter: 3_000,
            print: c => $"{c.Item2} {c.Item3}, member {c.Item4}: `{HostileJson.Excerpt(c.Item1, 500)}` ({c.Item1.Length} characters)");

        // The locale case alone answers a few hundred questions, each with four buttons.
        Assert.True(clicked >= 400, $"only {clicked} buttons clicked");
        await _server.HealthAsync();
    }

    private static JsonObject WithLocale(JsonObject interaction, string locale)
    {
        interaction["locale"] = locale;
        return interaction;
    }
}
