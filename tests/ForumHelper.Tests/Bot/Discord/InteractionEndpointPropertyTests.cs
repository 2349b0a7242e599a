using System.Globalization;
using System.Net;
using CsCheck;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// Generated hostile bodies to <c>POST /interactions</c>, over loopback HTTP and in process: wrong
/// JSON types in every field, huge numbers, deep nesting, invalid UTF-8, lone surrogates, duplicate
/// keys, 100 KB strings, and raw bytes. Whatever arrives, the answer is a documented status (200
/// handled, 400 malformed or unsupported, 401 bad signature, 413 over 64 KiB), never a 5xx; every
/// 200 is a callback that pings nobody, fits Discord's limits and is no handler's apology; and the
/// server is still healthy afterwards.
/// </summary>
/// <remarks>
/// Most bodies are signed correctly, so they get past the signature check to the parser, the
/// dispatcher and the handlers; a share is signed wrongly. Case counts keep the class to about
/// 20 s on two cores. A failure prints the smallest case CsCheck found and the seed that replays it.
/// </remarks>
public sealed class InteractionEndpointPropertyTests(UnthrottledInteractionServer shared) : IClassFixture<UnthrottledInteractionServer>
{
    private const int Skew = 300;

    private readonly InteractionServer _server = shared.Server;

    /// <summary>How a generated body is signed: mostly right, sometimes in one of the ways an attacker would get it wrong.</summary>
    private enum Signing
    {
        Right,
        ForAnotherBody,
        TimestampDigitChanged,
        Stale,
        Missing,
    }

    private static readonly Gen<Signing> Signings = Gen.Frequency(
        (16, Gen.Const(Signing.Right)),
        (1, Gen.Const(Signing.ForAnotherBody)),
        (1, Gen.Const(Signing.TimestampDigitChanged)),
        (1, Gen.Const(Signing.Stale)),
        (1, Gen.Const(Signing.Missing)));

    [Fact]
    public async Task HandleAsync_GeneratedInteractionsOverHttp_AnswerOnlyDocumentedStatuses()
    {
        var tally = new ReplyTally();

        await Gen.Select(HostileInteractions.Body, Signings).SampleAsync(
            async (body, signing) => tally.Count(Check(await SendAsync(body, signing), body, signing)),
            iter: 12_000,
            print: Print);

        tally.AssertEveryLayerWasReached();
        await _server.HealthAsync();
    }

    [Fact]
    public async Task HandleAsync_GeneratedInteractionsInProcess_AnswerOnlyDocumentedStatuses()
    {
        var tally = new ReplyTally();

        await Gen.Select(HostileInteractions.Body, Signings).SampleAsync(
            async (body, signing) => tally.Count(Check(await _server.SendInProcessAsync(body, Headers(body, signing)), body, signing)),
            iter: 25_000,
            print: Print);

        tally.AssertEveryLayerWasReached();
        await _server.HealthAsync();
    }

    [Fact]
    public async Task HandleAsync_GeneratedRawBytesOverHttp_AnswerOnlyDocumentedStatuses()
    {
        await HostileInteractions.RawBytes.SampleAsync(
            async body => Check(await _server.SendAsync(body), body, Signing.Right),
            iter: 3_000,
            print: body => HostileJson.Excerpt(body, 1500));

        await _server.HealthAsync();
    }

    private static InteractionReply Check(InteractionReply reply, byte[] body, Signing signing)
    {
        // Size is checked first, then the signature, then the JSON.
        HttpStatusCode[] documented = body.Length > InteractionEndpoint.MaxBodyBytes ? [HttpStatusCode.RequestEntityTooLarge]
            : signing != Signing.Right ? [HttpStatusCode.Unauthorized]
            : [HttpStatusCode.OK, HttpStatusCode.BadRequest];
        HostileReply.Assert(reply, documented, body, $"signing {signing}");
        return reply;
    }

    private Task<InteractionReply> SendAsync(byte[] body, Signing signing)
    {
        var timestamp = InteractionServer.Now();
        return signing switch
        {
            Signing.Right => _server.SendAsync(body),
            Signing.ForAnotherBody => _server.SendAsync(body, new SendOptions { Timestamp = timestamp, Signature = _ => DevelopmentKeys.Sign(_server.PrivateKey, timestamp, [.. body, (byte)' ']) }),
            Signing.TimestampDigitChanged => _server.SendAsync(body, new SendOptions
            {
                Timestamp = timestamp,
                Tweak = request =>
                {
                    request.Headers.Remove("X-Signature-Timestamp");
                    request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", ChangeLastDigit(timestamp));
                },
            }),
            Signing.Stale => _server.SendAsync(body, new SendOptions { Timestamp = StaleTimestamp() }),
            _ => _server.SendAsync(body, new SendOptions { Sign = false }),
        };
    }

    private (string Name, string Value)[] Headers(byte[] body, Signing signing)
    {
        var right = _server.SignatureHeaders(body);
        return signing switch
        {
            Signing.Right => right,
            Signing.ForAnotherBody => [(right[0].Name, DevelopmentKeys.Sign(_server.PrivateKey, right[1].Value, [.. body, (byte)' '])), right[1]],
            Signing.TimestampDigitChanged => [right[0], (right[1].Name, ChangeLastDigit(right[1].Value))],
            Signing.Stale => _server.SignatureHeaders(body, StaleTimestamp()),
            _ => [],
        };
    }

    private static string StaleTimestamp() => (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - Skew - 60).ToString(CultureInfo.InvariantCulture);

    private static string ChangeLastDigit(string timestamp) => timestamp[..^1] + (timestamp[^1] == '0' ? '1' : '0');

    private static string Print((byte[] Body, Signing Signing) c) => $"signing {c.Signing}: {HostileJson.Excerpt(c.Body, 1500)}";
}
