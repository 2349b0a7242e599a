using System.Globalization;
using System.Text.Json.Nodes;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Support;

/// <summary>
/// A stand-in for Discord's REST API on real loopback HTTP (Kestrel on 127.0.0.1, a free port). It
/// records every request and answers from per-route queues the test fills; with nothing queued it
/// behaves like Discord: the command list is what was last PUT (with ids added), an edit of the
/// original returns a message, anything else is 404.
/// </summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    public const string ApplicationId = "1100000000000000001";
    public const string BotToken = "fake-bot-token.for-tests";
    private const string Prefix = "/api/v10";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<Request> _requests = [];
    private readonly Dictionary<string, Queue<Response>> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _commandSets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _started;
    private int _nextId = 1;

    private FakeDiscordApi(WebApplication app, string address, TimeProvider time)
    {
        _app = app;
        Address = address;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>The server, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    /// <summary>What <c>Discord:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => Address + Prefix;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static string CommandsPath(string? guildId = null) =>
        guildId is null ? $"/applications/{ApplicationId}/commands" : $"/applications/{ApplicationId}/guilds/{guildId}/commands";

    public static string EditOriginalPath(string interactionToken) => $"/webhooks/{ApplicationId}/{interactionToken}/messages/@original";

    /// <summary>Starts the fake; <paramref name="time"/> stamps <see cref="Request.ReceivedAt"/> (the system clock unless given, e.g. the client's fake clock).</summary>
    public static async Task<FakeDiscordApi> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        FakeDiscordApi? fake = null;
        app.Run(context => fake!.HandleAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeDiscordApi(app, address.TrimEnd('/'), time ?? TimeProvider.System);
        return fake;
    }

    /// <summary>Answers the next requests to <paramref name="method"/> <paramref name="path"/> (below /api/v10) with these, in order.</summary>
    public void Enqueue(string method, string path, params Response[] responses)
    {
        lock (_gate)
        {
            var key = method.ToUpperInvariant() + " " + path;
            if (!_queued.TryGetValue(key, out var queue))
            {
                _queued[key] = queue = new Queue<Response>();
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response);
            }
        }
    }

    /// <summary>Makes the registered set of a scope this JSON array, as if PUT earlier.</summary>
    public void SetRegisteredCommands(string json, string? guildId = null)
    {
        lock (_gate)
        {
            _commandSets[CommandsPath(guildId)] = WithServerFields(json, guildId);
        }
    }

    public Request[] RequestsTo(string method, string path) =>
        [.. Requests.Where(r => r.Method == method && r.Path == path)];

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

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var full = context.Request.Path.Value ?? "";
        var path = full.StartsWith(Prefix, StringComparison.Ordinal) ? full[Prefix.Length..] : full;
        var method = context.Request.Method;
        var request = new Request(
            method,
            path,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(),
            _time.GetElapsedTime(_started));
        Response? queued;
        lock (_gate)
        {
            _requests.Add(request);
            queued = _queued.TryGetValue(method + " " + path, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        var response = queued ?? Default(request, full.StartsWith(Prefix, StringComparison.Ordinal));
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout); nothing to answer.
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private Response Default(Request request, bool versioned)
    {
        if (!versioned)
        {
            return Response.Json(404, """{"message": "404: Not Found", "code": 0}""");
        }

        var isCommands = request.Path.StartsWith("/applications/", StringComparison.Ordinal) && request.Path.EndsWith("/commands", StringComparison.Ordinal);
        lock (_gate)
        {
            if (isCommands && request.Method == "GET")
            {
                return Response.Json(200, _commandSets.GetValueOrDefault(request.Path, "[]"));
            }

            if (isCommands && request.Method == "PUT")
            {
                var guild = request.Path.Contains("/guilds/", StringComparison.Ordinal) ? request.Path.Split('/')[4] : null;
                _commandSets[request.Path] = WithServerFields(request.BodyText, guild);
                return Response.Json(200, _commandSets[request.Path]);
            }
        }

        if (request.Method == "PATCH" && request.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && request.Path.EndsWith("/messages/@original", StringComparison.Ordinal))
        {
            return Response.Json(200, $$"""{"id": "1200000000000000001", "type": 19, "channel_id": "1300000000000000001", "content": "", "attachments": [], "embeds": [], "flags": 64, "webhook_id": "{{ApplicationId}}"}""");
        }

        return Response.Json(404, """{"message": "404: Not Found", "code": 0}""");
    }

    /// <summary>Discord's answer to a PUT: the same commands plus the fields the server adds.</summary>
    private string WithServerFields(string json, string? guildId)
    {
        var commands = JsonNode.Parse(json)!.AsArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            command["id"] = (1400000000000000000L + _nextId++).ToString(CultureInfo.InvariantCulture);
            command["application_id"] = ApplicationId;
            command["version"] = "1500000000000000001";
            command["nsfw"] = false;
            if (!command.ContainsKey("integration_types"))
            {
                // Discord's default: installed to servers only.
                command["integration_types"] = new JsonArray(0);
            }

            if (!command.ContainsKey("default_member_permissions"))
            {
                command["default_member_permissions"] = null;
            }

            if (guildId is not null)
            {
                command["guild_id"] = guildId;
            }
        }

        return commands.ToJsonString();
    }

    /// <summary>A request as received: the path is below /api/v10, header names are case-insensitive.</summary>
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, TimeSpan ReceivedAt)
    {
        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>One programmed answer; <see cref="Delay"/> holds it back on the real clock (to make the client time out).</summary>
    public sealed record Response(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
    {
        public static Response Json(int status, string body, params (string Name, string Value)[] headers) =>
            new(status, body, headers.ToDictionary(h => h.Name, h => h.Value));

        /// <summary>A 429 as Discord sends it: <c>retry_after</c> in the body and <c>Retry-After</c> (whole seconds) in the headers.</summary>
        public static Response RateLimited(double retryAfter, bool global = false) =>
            Json(429,
                $$"""{"message": "You are being rate limited.", "retry_after": {{retryAfter.ToString(CultureInfo.InvariantCulture)}}, "global": {{(global ? "true" : "false")}}}""",
                ("Retry-After", Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture)),
                ("X-RateLimit-Scope", global ? "global" : "user"));

        public static Response Error(int status, int code, string message) =>
            Json(status, $$"""{"message": "{{message}}", "code": {{code}}}""");

        public static Response Slow(TimeSpan delay) => new(200, "[]", null, delay);
    }
}
