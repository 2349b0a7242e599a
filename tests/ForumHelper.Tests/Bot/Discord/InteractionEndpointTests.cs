using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// <c>POST /interactions</c> over real loopback HTTP: signature checks (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers,
/// each way a signature can be wrong), size and shape limits, and PING. Every reply is also checked for "never a 5xx" by the server helper.
/// </summary>
/// <remarks>These requests leave no state behind, so the class shares one server.</remarks>
public sealed class InteractionEndpointTests(SharedInteractionServer shared) : IClassFixture<SharedInteractionServer>
{
    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task HandleAsync_SignedPing_Answers200PongAsJson()
    {
        var reply = await _server.SendAsync(Interactions.Ping());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":1}"""), reply.Json), reply.Text);
        reply.AssertMatchesCallbackSchema();
    }

    [Fact]
    public async Task HandleAsync_OneByteChangedAfterSigning_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions
        {
            // Same length, still valid JSON: only the signature can tell.
            BodyAfterSigning = body => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal)),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_LastByteFlippedAfterSigning_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions
        {
            BodyAfterSigning = body =>
            {
                var changed = (byte[])body.Clone();
                changed[^1] ^= 0x01;
                return changed;
            },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedWithAnotherKeyPair_Returns401()
    {
        var (otherPrivate, _) = DevelopmentKeys.Create();

        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { SigningKey = otherPrivate });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_TimestampOneDigitChangedAfterSigning_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions
        {
            Tweak = request =>
            {
                var signed = request.Headers.GetValues("X-Signature-Timestamp").Single();
                request.Headers.Remove("X-Signature-Timestamp");
                request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", signed[..^1] + (signed[^1] == '0' ? '1' : '0'));
            },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignatureOfAnotherGenuineRequest_Returns401()
    {
        // A signature lifted from a request Discord really sent, with its timestamp, on a body of the attacker's choosing.
        var timestamp = InteractionServer.Now();
        var genuine = DevelopmentKeys.Sign(_server.PrivateKey, timestamp, Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString()));

        var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin), new SendOptions { Timestamp = timestamp, Signature = _ => genuine });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedBodyWithByteOrderMark_Returns400()
    {
        // RFC 8259 §8.1: JSON sent over a network must not start with a BOM, and Discord sends none;
        // System.Text.Json refuses one on raw bytes, so a signed body with it is malformed, not a 5xx.
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString())];

        var reply = await _server.SendAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_ByteOrderMarkAddedAfterSigning_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { BodyAfterSigning = body => [0xEF, 0xBB, 0xBF, .. body] });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Theory]
    [InlineData(-600)]
    [InlineData(600)]
    public async Task HandleAsync_CorrectlySignedTimestampTenMinutesOff_Returns401(int offsetSeconds)
    {
        var timestamp = DateTimeOffset.UtcNow.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Timestamp = timestamp });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_ExactReplayOnceOutsideTheClockWindow_Returns401()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(clock);
        var body = Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString());
        // Ed25519 signatures are deterministic: the same timestamp makes the very same request again.
        var captured = new SendOptions { Timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(body, captured)).Status);
        clock.Advance(TimeSpan.FromSeconds(301));

        var replay = await server.SendAsync(body, captured);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.Status);
    }

    [Fact]
    public async Task HandleAsync_ExactReplayWithinTheClockWindow_IsAnsweredAgain()
    {
        // Known and accepted: there is no nonce store, so only the window (Discord:MaxClockSkewSeconds) bounds a replay.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await InteractionServer.StartAsync(clock);
        var body = Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString());
        var captured = new SendOptions { Timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(body, captured)).Status);
        clock.Advance(TimeSpan.FromSeconds(60));

        var replay = await server.SendAsync(body, captured);

        Assert.Equal(HttpStatusCode.OK, replay.Status);
    }

    [Fact]
    public void Kestrel_AsServeConfiguresIt_DropsSlowBodiesAndHeadersAndBoundsConnections()
    {
        var limits = _server.App.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(1024, limits.MinRequestBodyDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal(ServeHost.MaxConnections, limits.MaxConcurrentConnections);
    }

    [Fact]
    public async Task HandleAsync_SignedBodyArrivingInPieces_IsReadWholeAndAnswered()
    {
        // Larger than the first read, so the pooled buffer grows on the way.
        var interaction = Interactions.CancelAdvice(options: Interactions.Origin);
        interaction["padding"] = new string('x', 40_000);

        var body = System.Text.Encoding.UTF8.GetBytes(interaction.ToJsonString());

        var reply = await _server.SendAsync(body, new SendOptions
        {
            Tweak = request =>
            {
                var pieces = new PiecesContent(body, 7_000);
                pieces.Headers.ContentType = request.Content!.Headers.ContentType;
                request.Content = pieces;
            },
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
    }

    [Fact]
    public async Task HandleAsync_TimestampOneMinuteOld_IsWithinTheSkewAndAnswered()
    {
        var timestamp = DateTimeOffset.UtcNow.AddSeconds(-60).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Timestamp = timestamp });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Theory]
    [InlineData("X-Signature-Ed25519")]
    [InlineData("X-Signature-Timestamp")]
    public async Task HandleAsync_OneSignatureHeaderMissing_Returns401(string header)
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Tweak = request => request.Headers.Remove(header) });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_NoSignatureHeaders_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Sign = false });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("invalid request signature", reply.Text);
    }

    [Theory]
    [InlineData("X-Signature-Ed25519")]
    [InlineData("X-Signature-Timestamp")]
    public async Task HandleAsync_SignatureHeaderSentTwice_Returns401(string header)
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions
        {
            // The same valid value twice: still not what Discord sends.
            Tweak = request => request.Headers.TryAddWithoutValidation(header, request.Headers.GetValues(header).Single()),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_ValidSignatureInUpperCaseHex_Returns200()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Signature = hex => hex.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Type);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("extended")]
    [InlineData("half")]
    [InlineData("doubled")]
    [InlineData("not-hex")]
    [InlineData("odd")]
    [InlineData("empty")]
    public async Task HandleAsync_SignatureOfWrongLengthOrNotHex_Returns401(string how)
    {
        Func<string, string> change = how switch
        {
            "cut" => hex => hex[..^2],
            "extended" => hex => hex + "00",
            "half" => hex => hex[..64],
            "doubled" => hex => hex + hex,
            "not-hex" => _ => "example invalid signature",
            "odd" => hex => hex[..^1],
            _ => _ => "",
        };

        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Signature = change });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SameLengthNonHexSignature_Returns401()
    {
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Signature = hex => "zz" + hex[2..] });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("now-with-text")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task HandleAsync_TimestampNotAUnixTime_Returns401(string timestamp)
    {
        var value = timestamp == "now-with-text" ? InteractionServer.Now() + "abc" : timestamp;

        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions { Timestamp = value });

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedBodyOf70KiB_Returns413()
    {
        var ping = Interactions.Ping();
        ping["padding"] = new string('x', 70 * 1024);

        var reply = await _server.SendAsync(ping);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedBodyOf70KiBChunkedWithoutLength_Returns413()
    {
        var ping = Interactions.Ping();
        ping["padding"] = new string('x', 70 * 1024);

        var reply = await _server.SendAsync(ping, new SendOptions
        {
            Tweak = request =>
            {
                request.Headers.TransferEncodingChunked = true;
                request.Content!.Headers.ContentLength = null;
            },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedBodyOverKestrelsOwnLimit_Returns413BeforeReadingIt()
    {
        // Past Kestrel's 1 MiB backstop too: the declared length alone decides, and the connection is not reused.
        // The client waits for a go-ahead before the body (Expect: 100-continue): without it, the 413
        // sent before the body is read races the client still writing, which then sees a broken pipe.
        var ping = Interactions.Ping();
        ping["padding"] = new string('x', 1536 * 1024);

        var reply = await _server.SendAsync(ping, new SendOptions { Tweak = request => request.Headers.ExpectContinue = true });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_HeadersOverKestrelsLimit_Returns431BeforeTheEndpoint()
    {
        // Kestrel's 32 KiB for all headers: answered by Kestrel itself, a 4xx that never reaches the endpoint.
        var reply = await _server.SendAsync(Interactions.Ping(), new SendOptions
        {
            Tweak = request => request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 40 * 1024)),
        });

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_ChunkedBodyThatIsNotInChunks_Returns400FromTheEndpoint()
    {
        // Kestrel's complaint about the framing reaches the endpoint as an exception while reading;
        // the endpoint answers it rather than leaving Kestrel to log "unhandled exception" for it.
        var body = Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString());

        var (status, text) = await RawHttp.SendAsync(_server.Address, RawRequest(body, "Transfer-Encoding: chunked"));

        Assert.Equal(400, status);
        Assert.Contains("malformed request body", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_BodyShorterThanDeclaredThenTheClientStops_ClosesWithoutAnAnswer()
    {
        // The client has gone: Kestrel ends the request quietly, and the server carries on.
        var body = Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString());

        var (status, _) = await RawHttp.SendAsync(_server.Address, RawRequest(body, $"Content-Length: {body.Length + 100}"), thenEnd: true);

        Assert.Equal(0, status);
        await _server.HealthAsync();
    }

    [Fact]
    public async Task HandleAsync_SignedBodyJustUnder64KiB_IsAnswered()
    {
        var ping = Interactions.Ping();
        var size = Encoding.UTF8.GetByteCount(ping.ToJsonString());
        ping["padding"] = new string('x', InteractionEndpoint.MaxBodyBytes - size - 20);

        var reply = await _server.SendAsync(ping);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Type);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"one\"}")]
    [InlineData("{\"type\":1e400}")]
    [InlineData("{\"type\":1,}")]
    [InlineData("{\"type\":1}{\"type\":1}")]
    [InlineData("{\"type\":2,\"data\":{\"name\":\"cancel-advice\",\"options\":\"everything\"}}")]
    public async Task HandleAsync_SignedMalformedJson_Returns400(string body)
    {
        var reply = await _server.SendAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_SignedJsonNestedTooDeep_Returns400()
    {
        var body = "{\"type\":1,\"x\":" + string.Concat(Enumerable.Repeat("[", 500)) + string.Concat(Enumerable.Repeat("]", 500)) + "}";

        var reply = await _server.SendAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task HandleAsync_UnknownInteractionType_Returns400(int type)
    {
        var interaction = Interactions.Command("cancel-advice", options: Interactions.Origin);
        interaction["type"] = type;

        var reply = await _server.SendAsync(interaction);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task HandleAsync_NonAsciiBody_IsVerifiedOverTheRawBytes()
    {
        // "é" and "✓" are several bytes each: a verifier that re-encoded the text would reject this.
        var interaction = Interactions.CancelAdvice(options: [("asked-by", "buyer"), ("stage", "brouillon-é✓")]);

        var reply = await _server.SendAsync(interaction);

        var text = reply.AssertPrivateMessage();
        Assert.Contains("brouillon-é✓", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GetInsteadOfPost_IsRefusedWithout5xx()
    {
        using var response = await _server.Http.GetAsync("interactions");

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task HealthzAndFallback_Always_AnswerWithoutSignature()
    {
        var health = await _server.HealthAsync();
        using var other = await _server.Http.GetAsync("interactions-typo");

        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(health["dataVersion"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    /// <summary>A signed POST as raw bytes, with <paramref name="framing"/> for how the body is delimited.</summary>
    private byte[] RawRequest(byte[] body, string framing)
    {
        var signature = _server.SignatureHeaders(body);
        var head = $"POST /interactions HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            + $"{signature[0].Name}: {signature[0].Value}\r\n{signature[1].Name}: {signature[1].Value}\r\n{framing}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    /// <summary>A body written in pieces with a pause between them, with its length declared, as a slow link delivers it.</summary>
    private sealed class PiecesContent(byte[] body, int piece) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var at = 0; at < body.Length; at += piece)
            {
                await stream.WriteAsync(body.AsMemory(at, Math.Min(piece, body.Length - at)));
                await stream.FlushAsync();
                await Task.Delay(20);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
