using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Outcomes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// Plays Discord's webhook API on 127.0.0.1 for <c>send-sample</c>, just enough to see a deferred
/// reply: <c>PATCH /webhooks/APP/TOKEN/messages/@original</c> (the "thinking…" filled in) and
/// <c>POST /webhooks/APP/TOKEN</c> (a further message), as JSON or multipart with files. Only the
/// token of the interaction <c>send-sample</c> sent is known; any other is answered as Discord
/// answers an unknown webhook (404, code 10015).
/// </summary>
internal sealed class FollowUpReceiver : IAsyncDisposable
{
    /// <summary>Where <c>serve --dev-key</c> sends deferred replies unless <c>Discord:ApiBaseUrl</c> names another loopback address.</summary>
    public const int DefaultPort = 8081;

    private const string Webhooks = "/webhooks/";
    private const string Original = "/messages/@original";

    private readonly WebApplication _app;
    private readonly string _token;
    private readonly Channel<ReceivedFollowUp> _received = Channel.CreateUnbounded<ReceivedFollowUp>();

    private FollowUpReceiver(WebApplication app, string token)
    {
        _app = app;
        _token = token;
    }

    /// <summary>What <c>Discord:ApiBaseUrl</c> is when the bot sends to a receiver on <paramref name="port"/>.</summary>
    public static string ApiBaseUrl(int port) => $"http://127.0.0.1:{port}/api/v10";

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/> for what the bot sends with <paramref name="token"/>; a failure to listen is a message.</summary>
    public static async Task<Outcome<FollowUpReceiver, string>> StartAsync(int port, string token)
    {
        // Nothing from the working folder's settings or the environment: this listens where it is told, and logs nothing.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var receiver = new FollowUpReceiver(app, token);
        app.Run(receiver.HandleAsync);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException error)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            return Outcome<FollowUpReceiver, string>.Failure([$"Could not listen on 127.0.0.1:{port} for deferred replies: {error.Message}"]);
        }

        return Outcome<FollowUpReceiver, string>.Success(receiver);
    }

    /// <summary>The next message the bot sent for this interaction, or null when none came within <paramref name="wait"/>.</summary>
    public async Task<ReceivedFollowUp?> WaitAsync(TimeSpan wait, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(wait);
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var at = path.IndexOf(Webhooks, StringComparison.Ordinal);
        var below = at < 0 ? "" : path[at..];
        var parts = below.Length == 0 ? [] : below[Webhooks.Length..].Split('/', 2);
        var isEdit = HttpMethods.IsPatch(http.Request.Method) && parts is [_, var rest] && rest.EndsWith(Original, StringComparison.Ordinal);
        var isPost = HttpMethods.IsPost(http.Request.Method) && parts is [_, var token] && !token.Contains('/', StringComparison.Ordinal);
        if (!isEdit && !isPost)
        {
            await Answer(http, 404, """{"message": "404: Not Found", "code": 0}""").ConfigureAwait(false);
            return;
        }

        var sentToken = isEdit ? parts[1][..^Original.Length] : parts[1];
        if (sentToken != _token)
        {
            await Answer(http, 404, """{"message": "Unknown Webhook", "code": 10015}""").ConfigureAwait(false);
            return;
        }

        var (payload, files) = await ReadMessageAsync(http.Request).ConfigureAwait(false);
        if (JsonObjectOf(payload) is not { } message)
        {
            await Answer(http, 400, """{"message": "Invalid Form Body", "code": 50035}""").ConfigureAwait(false);
            return;
        }

        _received.Writer.TryWrite(new ReceivedFollowUp(http.Request.Method, below, payload!, files));

        // Discord answers with the message as it now is; the bot reads only the status.
        message["id"] = SampleInteractions.NewInteractionId();
        message["channel_id"] = SampleInteractions.ChannelId;
        await Answer(http, 200, message.ToJsonString()).ConfigureAwait(false);
    }

    private static async Task<(string? Payload, IReadOnlyList<FileUpload> Files)> ReadMessageAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            using var reader = new StreamReader(request.Body);
            return (await reader.ReadToEndAsync().ConfigureAwait(false), []);
        }

        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var files = new List<FileUpload>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content).ConfigureAwait(false);
            files.Add(new FileUpload(file.FileName, file.ContentType, content.ToArray()));
        }

        return (form.TryGetValue("payload_json", out var payload) ? payload.ToString() : null, files);
    }

    private static JsonObject? JsonObjectOf(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Task Answer(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(json);
    }
}
