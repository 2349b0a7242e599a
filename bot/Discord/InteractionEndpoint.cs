using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// <c>POST /interactions</c>: read the raw body (at most 64 KiB), verify the signature over exactly
/// those bytes, parse the same bytes, dispatch, and answer inline. Bad input is a 4xx, never a 500.
/// </summary>
public static partial class InteractionEndpoint
{
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task HandleAsync(HttpContext http, SignatureVerifier verifier, InteractionDispatcher dispatcher, ILogger<InteractionDispatcherLog> logger)
    {
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(http.Request).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error)
        {
            // The client broke HTTP's own framing (chunks that are not chunks, a body shorter than
            // declared): nothing to verify, and no failure of ours to log as one.
            await Plain(http, error.StatusCode, "malformed request body").ConfigureAwait(false);
            return;
        }

        if (body is null)
        {
            await Plain(http, StatusCodes.Status413PayloadTooLarge, $"request body over {MaxBodyBytes} bytes").ConfigureAwait(false);
            return;
        }

        var check = verifier.Verify(Single(http.Request.Headers["X-Signature-Timestamp"]), Single(http.Request.Headers["X-Signature-Ed25519"]), body);
        if (check != SignatureCheck.Valid)
        {
            await Plain(http, StatusCodes.Status401Unauthorized, "invalid request signature").ConfigureAwait(false);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException error)
        {
            // The parser's message quotes property names from the body: escaped and cut like any request value.
            LogMalformed(logger, LogValue.Safe(error.Message));
            await Plain(http, StatusCodes.Status400BadRequest, "malformed interaction JSON").ConfigureAwait(false);
            return;
        }

        if (interaction is null)
        {
            await Plain(http, StatusCodes.Status400BadRequest, "empty interaction").ConfigureAwait(false);
            return;
        }

        var response = await dispatcher.DispatchAsync(interaction).ConfigureAwait(false);
        if (response is null)
        {
            await Plain(http, StatusCodes.Status400BadRequest, $"unsupported interaction type {interaction.Type}").ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        // Straight into the response's pipe: no buffer of our own, no copy.
        var pipe = http.Response.BodyWriter;
        await (response switch
        {
            { Choices: { } choices } => JsonSerializer.SerializeAsync(pipe, new AutocompleteResponse(response.Type, choices), DiscordJsonContext.Default.AutocompleteResponse),
            { Modal: { } modal } => JsonSerializer.SerializeAsync(pipe, new ModalResponse(response.Type, modal), DiscordJsonContext.Default.ModalResponse),
            _ => JsonSerializer.SerializeAsync(pipe, response, DiscordJsonContext.Default.InteractionResponse),
        }).ConfigureAwait(false);
    }

    /// <summary>The body, or null when it is larger than allowed (declared or actual). Public for the load harness's floor endpoint.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is { } declared)
        {
            return declared > MaxBodyBytes ? null : await ReadDeclaredAsync(request.Body, (int)declared).ConfigureAwait(false);
        }

        // Chunked, with no length given: read in pooled pieces up to the cap.
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using var buffer = new MemoryStream();
            int read;
            while ((read = await request.Body.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    // Discord always sends Content-Length and the whole body at once: then the first read fills one
    // array of exactly that size. A body that trickles in holds only what has arrived (in a pooled
    // buffer that grows), not the declared size up front, so slow senders cannot reserve memory with
    // promises. A body that runs past its length is cut there by Kestrel; one that ends early fails the signature.
    private static async Task<byte[]> ReadDeclaredAsync(Stream body, int length)
    {
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent(Math.Min(length, FirstRead));
        try
        {
            var filled = 0;
            int read;
            while (filled < length && (read = await body.ReadAsync(buffer.AsMemory(filled, Math.Min(buffer.Length, length) - filled)).ConfigureAwait(false)) > 0)
            {
                filled += read;
                if (filled == buffer.Length && filled < length)
                {
                    var larger = pool.Rent(Math.Min(length, buffer.Length * 2));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }
            }

            return buffer.AsSpan(0, filled).ToArray();
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    // Larger than any interaction Discord sends (a few KiB), so a real request is read in one go.
    private const int FirstRead = 16 * 1024;

    // A duplicated header is not a signature Discord sent; treat it as missing.
    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;

    private static Task Plain(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed interaction JSON: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
