using System.Text;
using System.Text.Json;
using ForumHelper.Bot.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Benchmarks.Load;

/// <summary>
/// The floor of a load run: the same Kestrel set-up, body reading and Ed25519 check as <c>serve</c>,
/// then a canned reply of an answer's typical size. What <c>serve</c> does beyond this (parse,
/// advise, render, log the case) is what the ratio of the two throughputs measures.
/// </summary>
internal static class FloorEndpoint
{
    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    public static async Task<int> RunAsync(string urls, string publicKeyHex, int replyBytes)
    {
        var verifier = SignatureVerifier.Create(publicKeyHex, TimeProvider.System, maxSkewSeconds: 86_400);
        if (!verifier.IsSuccess)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, verifier.Problems)).ConfigureAwait(false);
            return 2;
        }

        var canned = CannedReply(replyBytes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 16 * InteractionEndpoint.MaxBodyBytes);
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        await using var app = builder.Build();
        app.MapPost("/interactions", async (HttpContext http) =>
        {
            var body = await InteractionEndpoint.ReadBodyAsync(http.Request).ConfigureAwait(false);
            var check = body is null ? SignatureCheck.Malformed : verifier.Value!.Verify(
                http.Request.Headers["X-Signature-Timestamp"].ToString(), http.Request.Headers["X-Signature-Ed25519"].ToString(), body);
            if (check != SignatureCheck.Valid)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(IsPing(body!) ? Pong : canned).ConfigureAwait(false);
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    // Only the top-level "type" is read: a PING gets a PONG, as Discord requires, and everything else the canned reply.
    private static bool IsPing(byte[] body)
    {
        var json = new Utf8JsonReader(body);
        try
        {
            while (json.Read())
            {
                if (json.CurrentDepth == 1 && json.TokenType == JsonTokenType.PropertyName && json.ValueTextEquals("type"u8))
                {
                    return json.Read() && json.TokenType == JsonTokenType.Number && json.TryGetInt32(out var type) && type == 1;
                }

                if (json.CurrentDepth == 1 && json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    json.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>An ephemeral message padded to the given size, standing in for a rendered answer.</summary>
    private static byte[] CannedReply(int bytes)
    {
        const string Head = """{"type":4,"data":{"flags":64,"allowed_mentions":{"parse":[]},"content":""";
        const string Tail = "\"}}";
        var filler = new string('x', Math.Max(0, bytes - Head.Length - Tail.Length));
        return Encoding.UTF8.GetBytes(Head + filler + Tail);
    }
}
