using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// Generated signature headers and header bytes for <c>POST /interactions</c>: missing, twice, in
/// another case, of the wrong length, garbage, huge, timestamps written every way a number can be;
/// and on the wire, bytes <see cref="HttpClient"/> would never send. Exactly the requests Discord
/// would sign are answered; everything else is a 401, or Kestrel's own 400 for bytes that are not HTTP.
/// </summary>
public sealed class InteractionEndpointHeaderPropertyTests(UnthrottledInteractionServer shared) : IClassFixture<UnthrottledInteractionServer>
{
    private const int Skew = 300;

    private static readonly byte[][] Bodies =
    [
        Encoding.UTF8.GetBytes(Interactions.Ping().ToJsonString()),
        Encoding.UTF8.GetBytes(Interactions.CancelAdvice(options: Interactions.Origin).ToJsonString()),
    ];

    private readonly InteractionServer _server = shared.Server;

    [Fact]
    public async Task HandleAsync_GeneratedSignatureHeadersOverHttp_OnlyTheRightOnesAreAnswered()
    {
        await Gen.Select(Gen.OneOfConst(Bodies), HostileHeaders.SignedTimestamp, HostileHeaders.All, HostileHeaders.ContentType, Gen.Bool).SampleAsync(
            async (body, timestamp, lines, contentType, chunked) =>
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                var signed = timestamp.Write(now);
                var signature = DevelopmentKeys.Sign(_server.PrivateKey, signed, body);
                var sent = lines.Select(line => (line.Name, Value: line.Value(signature, signed))).ToArray();
                var reply = await _server.SendAsync(body, new SendOptions
                {
                    Sign = false,
                    Tweak = request =>
                    {
                        foreach (var (name, value) in sent)
                        {
                            request.Headers.TryAddWithoutValidation(name, value);
                        }

                        request.Content!.Headers.Remove("Content-Type");
                        if (contentType is not null)
                        {
                            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                        }

                        if (chunked)
                        {
                            request.Headers.TransferEncodingChunked = true;
                            request.Content.Headers.ContentLength = null;
                        }
                    },
                });

                var expected = SignatureAccepted(sent, signature, signed, now) ? HttpStatusCode.OK : HttpStatusCode.Unauthorized;
                HostileReply.Assert(reply, [expected], body, $"timestamp {timestamp.What}; headers [{string.Join("; ", lines.Select(line => line.ToString()))}]");
            },
            iter: 5_000,
            print: c => $"timestamp {c.Item2.What}, content type {c.Item4 ?? "(none)"}, chunked {c.Item5}, headers [{string.Join("; ", c.Item3.Select(line => line.ToString()))}], body {HostileJson.Excerpt(c.Item1, 60)}");

        await _server.HealthAsync();
    }

    [Fact]
    public async Task HandleAsync_GeneratedHeaderValuesInProcess_OnlyTheRightSignatureIsAnswered()
    {
        // In process the values may hold what HTTP cannot carry: control characters, non-ASCII, lone surrogates.
        var body = Bodies[0];
        var anyText = Gen.Frequency(
            (4, Gen.String[0, 200]),
            (1, Gen.String[0, 20].Select(text => text + "\0")),
            (1, Gen.Int[120, 136].Select(length => new string('f', length))),
            (1, Gen.Int[0, 64].Select(length => new string('9', length))));
        await Gen.Select(anyText, anyText, Gen.Int[0, 3]).SampleAsync(
            async (signature, timestamp, which) =>
            {
                var right = _server.SignatureHeaders(body);
                (string, string)[] headers = which switch
                {
                    0 => [("X-Signature-Ed25519", signature), right[1]],
                    1 => [right[0], ("X-Signature-Timestamp", timestamp)],
                    2 => [("X-Signature-Ed25519", signature), ("X-Signature-Timestamp", timestamp)],
                    _ => [.. right, ("X-Other", signature), ("X-Signature-Ed25519-Extra", timestamp)],
                };
                var reply = await _server.SendInProcessAsync(body, headers);

                // A random value is never the right signature, nor the timestamp it was made for.
                HttpStatusCode[] expected = which == 3 ? [HttpStatusCode.OK] : [HttpStatusCode.Unauthorized];
                HostileReply.Assert(reply, expected, body, $"case {which}, signature `{HostileJson.Excerpt(signature, 80)}`, timestamp `{HostileJson.Excerpt(timestamp, 80)}`");
            },
            iter: 5_000,
            print: c => $"case {c.Item3}, signature `{HostileJson.Excerpt(c.Item1, 200)}`, timestamp `{HostileJson.Excerpt(c.Item2, 200)}`");

        await _server.HealthAsync();
    }

    [Fact]
    public async Task HandleAsync_GeneratedHeaderBytesOnTheWire_AnswerOnlyDocumentedStatuses()
    {
        var body = Bodies[1];
        await Gen.Select(HostileHeaders.RawLine.Array[1, 4], Gen.Int[0, 2]).SampleAsync(
            async (lines, framing) =>
            {
                var right = _server.SignatureHeaders(body);
                var head = $"POST /interactions HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + $"X-Signature-Ed25519: {right[0].Value}\r\nX-Signature-Timestamp: {right[1].Value}\r\n"
                    + framing switch
                    {
                        // Right; the body declared longer than sent, then the client stops; chunked, but not in chunks.
                        0 => $"Content-Length: {body.Length}\r\n",
                        1 => $"Content-Length: {body.Length + 100}\r\n",
                        _ => "Transfer-Encoding: chunked\r\n",
                    };
                byte[] request = [.. Encoding.ASCII.GetBytes(head), .. lines.SelectMany(line => (byte[])[.. line, (byte)'\r', (byte)'\n']), (byte)'\r', (byte)'\n', .. body];

                var (status, text) = await RawHttp.SendAsync(_server.Address, request, thenEnd: framing == 1);

                // A client that stopped sending may also find the connection closed without an answer.
                Assert.True(status is 200 or 400 or 401 || (status == 0 && framing == 1), $"answered {status} ({HostileJson.Excerpt(text, 200)}); framing {framing}; lines {string.Join(" | ", lines.Select(Visible))}");
            },
            iter: 1_500,
            print: c => $"framing {c.Item2}; lines {string.Join(" | ", c.Item1.Select(Visible))}");

        await _server.HealthAsync();
    }

    /// <summary>
    /// Discord's rule, written out apart from the verifier: exactly one signature and one timestamp
    /// header (Kestrel trims the spaces around values); the signature is right for the timestamp
    /// exactly as sent; the timestamp is at most 20 decimal digits, within the clock window.
    /// </summary>
    private static bool SignatureAccepted((string Name, string Value)[] sent, string signature, string signed, long now)
    {
        var signatures = sent.Where(h => h.Name.Equals(HostileHeaders.Signature, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value.Trim(' ', '\t')).ToList();
        var timestamps = sent.Where(h => h.Name.Equals(HostileHeaders.Timestamp, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value.Trim(' ', '\t')).ToList();
        return signatures.Count == 1 && timestamps.Count == 1
            && signatures[0].Equals(signature, StringComparison.OrdinalIgnoreCase)
            && timestamps[0] == signed
            && signed.Length <= 20
            && long.TryParse(signed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(now - seconds) <= Skew;
    }

    private static string Visible(byte[] line) => string.Concat(line.Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:x2}"));
}
