using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The few Discord REST calls ForumHelper makes, over a plain <see cref="HttpClient"/>. Every call is
/// bounded: rate limits are waited out only up to a cap, transient failures get three attempts in
/// all, and a total deadline ends the call whatever happens. Expected failures come back as a
/// <c>Outcome&lt;T, RestProblem&gt;</c> with a message a person can act on; only the caller's own
/// cancellation throws.
/// </summary>
public sealed partial class DiscordRestClient
{
    /// <summary>Discord requires this form (<c>DiscordBot ($url, $version)</c>); Cloudflare blocks requests without it (40333).</summary>
    public const string UserAgent = "DiscordBot (https://github.com/forumhelper/forumhelper, 1.0)";

    /// <summary>Attempts in all for a call that fails transiently (5xx, 408, network, timeout).</summary>
    public const int MaxAttempts = 3;

    /// <summary>Discord's limit of files per message (<c>files[0]</c>…<c>files[9]</c>).</summary>
    public const int MaxFiles = 10;

    /// <summary>Discord's limit for one request's uploads.</summary>
    public const long MaxUploadBytes = 25L * 1024 * 1024;

    /// <summary>How long an interaction token may be used for edits and follow-ups.</summary>
    public static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

    // 429s are retried apart from the transient attempts, but not forever: a limit that keeps
    // coming back means something else is spending the budget.
    private const int MaxRateLimitRetries = 4;

    // Each interaction token is its own webhook route; forget finished holds so a long-running bot does not accumulate them.
    private const int RouteHoldsBeforePruning = 256;

    private static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(1);

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly TimeProvider _time;
    private readonly Uri? _apiBase;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _routeHolds = new(StringComparer.Ordinal);
    private DateTimeOffset _globalHold = DateTimeOffset.MinValue;

    public DiscordRestClient(HttpClient http, DiscordOptions options, ILogger<DiscordRestClient> logger, TimeProvider time)
    {
        _http = http;
        _options = options;
        _logger = logger;
        _time = time;
        // A trailing slash makes relative paths append to .../api/v10 instead of replacing its last segment.
        _apiBase = Uri.TryCreate(options.ApiBaseUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : null;
    }

    /// <summary>The most one call may take, waits and retries included. Webhook calls are also held within <see cref="InteractionTokenLifetime"/>.</summary>
    public TimeSpan CallDeadline { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest rate-limit wait this client accepts; a longer <c>retry_after</c> fails the call instead.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait before the second attempt of a transiently failed call; it doubles before the third.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The registered commands, global (<paramref name="guildId"/> null) or of one server.</summary>
    public async Task<Outcome<IReadOnlyList<ApplicationCommand>, RestProblem>> GetCommandsAsync(string? guildId, CancellationToken cancellationToken)
    {
        if (CommandsPath(guildId) is not { } path)
        {
            return CommandsPathProblem(guildId);
        }

        var sent = await SendAsync(new Call(HttpMethod.Get, path, BotAuth: true, "reading the registered commands", () => null), cancellationToken).ConfigureAwait(false);
        return sent.IsSuccess ? ReadCommands(sent.Value, "the list of registered commands") : sent.As<Answer, IReadOnlyList<ApplicationCommand>>();
    }

    /// <summary>Replaces the whole command set of the scope in one bulk PUT; commands left out are deleted.</summary>
    public async Task<Outcome<IReadOnlyList<ApplicationCommand>, RestProblem>> OverwriteCommandsAsync(
        IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken cancellationToken)
    {
        if (CommandsPath(guildId) is not { } path)
        {
            return CommandsPathProblem(guildId);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        var sent = await SendAsync(new Call(HttpMethod.Put, path, BotAuth: true, "registering the commands", () => Json(json)), cancellationToken).ConfigureAwait(false);
        return sent.IsSuccess ? ReadCommands(sent.Value, "the registered commands") : sent.As<Answer, IReadOnlyList<ApplicationCommand>>();
    }

    /// <summary>
    /// Fills in (edits) the reply to an interaction, e.g. after a deferred response: JSON without
    /// files, multipart with <c>payload_json</c> and <c>files[n]</c> with them. The interaction token
    /// authenticates the call, so no bot token is sent. Pass a token cancelled when the interaction's
    /// 15 minutes run out; the call itself never runs longer than that either.
    /// </summary>
    public async Task<Outcome<bool, RestProblem>> EditOriginalAsync(
        string interactionToken, MessagePayload payload, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(interactionToken))
        {
            return RestOutcome.Fail<bool>(null, null, "No interaction token to edit the reply with; it comes from the interaction Discord sent.");
        }

        if (!IsSnowflake(_options.ApplicationId))
        {
            return RestOutcome.Fail<bool>(null, null, ApplicationIdProblem());
        }

        if (UploadProblem(files) is { } problem)
        {
            return RestOutcome.Fail<bool>(null, null, problem);
        }

        var path = $"webhooks/{_options.ApplicationId}/{Uri.EscapeDataString(interactionToken.Trim())}/messages/@original";
        var sent = await SendAsync(
            new Call(HttpMethod.Patch, path, BotAuth: false, "editing the interaction reply", MessageContent(payload, files)),
            cancellationToken).ConfigureAwait(false);
        return sent.IsSuccess ? Outcome<bool, RestProblem>.Success(true) : sent.As<Answer, bool>();
    }

    /// <summary>The payload's <c>attachments</c> with an entry for every uploaded file, matched by <c>id</c> = n of <c>files[n]</c>.</summary>
    internal static MessagePayload WithAttachments(MessagePayload payload, IReadOnlyList<FileUpload> files)
    {
        if (files.Count == 0)
        {
            return payload;
        }

        // On an edit, attachments not listed are removed, so kept ones the caller listed stay and every new file is added.
        var listed = payload.Attachments ?? [];
        var missing = files
            .Select((file, index) => new Attachment(index, file.FileName, file.Description))
            .Where(attachment => listed.All(existing => existing.Id != attachment.Id));
        return payload with { Attachments = [.. listed, .. missing] };
    }

    private static Func<HttpContent?> MessageContent(MessagePayload payload, IReadOnlyList<FileUpload> files)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(WithAttachments(payload, files), DiscordJsonContext.Default.MessagePayload);
        if (files.Count == 0)
        {
            return () => Json(json);
        }

        return () =>
        {
            var form = new MultipartFormDataContent();
            var payloadPart = Json(json);
            payloadPart.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"payload_json\"");
            form.Add(payloadPart);
            for (var i = 0; i < files.Count; i++)
            {
                var part = new ByteArrayContent(files[i].Content);
                part.Headers.ContentType = MediaTypeHeaderValue.TryParse(files[i].ContentType, out var type)
                    ? type
                    : new MediaTypeHeaderValue("application/octet-stream");
                // Written by hand: .NET's own header leaves brackets unquoted and adds a filename* Discord does not need.
                part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files[{i}]\"; filename=\"{QuotedText(files[i].FileName)}\"");
                form.Add(part);
            }

            return form;
        };
    }

    private static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string QuotedText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private static string? UploadProblem(IReadOnlyList<FileUpload> files)
    {
        if (files.Count > MaxFiles)
        {
            return $"Discord accepts at most {MaxFiles} files per message, not {files.Count}.";
        }

        if (files.FirstOrDefault(file => string.IsNullOrWhiteSpace(file.FileName)) is not null)
        {
            return "Every uploaded file needs a file name.";
        }

        var total = files.Sum(file => (long)file.Content.Length);
        return total > MaxUploadBytes
            ? $"The files add up to {total / (1024.0 * 1024):0.#} MiB; Discord accepts at most {MaxUploadBytes / (1024 * 1024)} MiB per message."
            : null;
    }

    private string? CommandsPath(string? guildId) =>
        !IsSnowflake(_options.ApplicationId) ? null
        : guildId is null ? $"applications/{_options.ApplicationId}/commands"
        : IsSnowflake(guildId) ? $"applications/{_options.ApplicationId}/guilds/{guildId}/commands"
        : null;

    private Outcome<IReadOnlyList<ApplicationCommand>, RestProblem> CommandsPathProblem(string? guildId) =>
        RestOutcome.Fail<IReadOnlyList<ApplicationCommand>>(null, null, !IsSnowflake(_options.ApplicationId)
            ? ApplicationIdProblem()
            : $"The server (guild) id must be a number like 123456789012345678, not `{guildId}`.");

    private string ApplicationIdProblem() => string.IsNullOrWhiteSpace(_options.ApplicationId)
        ? "Discord:ApplicationId is empty; it is the Application ID on your app's General Information page in the Developer Portal."
        : $"Discord:ApplicationId must be the numeric Application ID from the Developer Portal, not `{_options.ApplicationId}`.";

    private static bool IsSnowflake(string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit);

    private static Outcome<IReadOnlyList<ApplicationCommand>, RestProblem> ReadCommands(Answer sent, string what)
    {
        try
        {
            var commands = JsonSerializer.Deserialize(sent.Body, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
            return commands is null
                ? RestOutcome.Fail<IReadOnlyList<ApplicationCommand>>(sent.Status, null, $"Discord answered with no {what} (null).")
                : Outcome<IReadOnlyList<ApplicationCommand>, RestProblem>.Success(commands);
        }
        catch (JsonException error)
        {
            return RestOutcome.Fail<IReadOnlyList<ApplicationCommand>>(sent.Status, null, $"Discord's answer with {what} could not be read: {error.Message}");
        }
    }

    /// <summary>Sends one call with holds, retries and the deadline; success carries the response body.</summary>
    private async Task<Outcome<Answer, RestProblem>> SendAsync(Call call, CancellationToken cancellationToken)
    {
        if (_apiBase is null)
        {
            return RestOutcome.Fail<Answer>(null, null, $"Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10, not `{_options.ApiBaseUrl}`.");
        }

        var botToken = BotToken();
        if (call.BotAuth && botToken.Length == 0)
        {
            return RestOutcome.Fail<Answer>(null, null, "Discord:BotToken is empty; copy the token from your app's Bot page in the Developer Portal into the environment variable Discord__BotToken.");
        }

        var deadline = call.BotAuth ? CallDeadline : Min(CallDeadline, InteractionTokenLifetime);
        var route = call.Method.Method + " " + call.Path;
        var started = _time.GetTimestamp();
        using var deadlineSource = new CancellationTokenSource(deadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineSource.Token);
        var token = linked.Token;
        var failedAttempts = 0;
        var rateLimits = 0;
        HttpStatusCode? lastStatus = null;
        int? lastCode = null;
        var lastProblem = "no answer yet";
        try
        {
            while (true)
            {
                var hold = HoldFor(route);
                if (hold > TimeSpan.Zero)
                {
                    var left = deadline - _time.GetElapsedTime(started);
                    if (hold > left)
                    {
                        return RestOutcome.Fail<Answer>(lastStatus, lastCode,
                            $"Discord's rate limit holds {call.What} for {Seconds(hold)} s more, past this call's {Seconds(deadline)} s deadline; try again later.");
                    }

                    LogHolding(call.What, hold.TotalSeconds);
                    await Task.Delay(hold, _time, token).ConfigureAwait(false);
                }

                string transient;
                using (var request = new HttpRequestMessage(call.Method, new Uri(_apiBase, call.Path)) { Content = call.Content() })
                {
                    request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
                    if (call.BotAuth)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", botToken);
                    }

                    try
                    {
                        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                        var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                        var status = response.StatusCode;
                        lastStatus = status;
                        NoteBucket(route, response);
                        if (response.IsSuccessStatusCode)
                        {
                            return Outcome<Answer, RestProblem>.Success(new Answer(status, body));
                        }

                        var error = DiscordError.Read(body);
                        lastCode = error.Code;
                        if (status == HttpStatusCode.TooManyRequests)
                        {
                            var (wait, global) = RateLimit(response, body);
                            Hold(route, wait, global);
                            if (wait > MaxRateLimitWait)
                            {
                                return RestOutcome.Fail<Answer>(status, error.Code,
                                    $"Discord rate-limited {call.What} for {Seconds(wait)} s, longer than the {Seconds(MaxRateLimitWait)} s this client waits; try again later.");
                            }

                            if (++rateLimits > MaxRateLimitRetries)
                            {
                                return RestOutcome.Fail<Answer>(status, error.Code,
                                    $"Discord kept rate-limiting {call.What} ({rateLimits} times in a row); something else may be using this bot's token. Try again later.");
                            }

                            LogRateLimited(call.What, global ? "global" : "route", wait.TotalSeconds);
                            continue;
                        }

                        if ((int)status < 500 && status != HttpStatusCode.RequestTimeout)
                        {
                            return RestOutcome.Fail<Answer>(status, error.Code, Refusal(call, status, error));
                        }

                        transient = $"Discord answered HTTP {(int)status} {response.ReasonPhrase}{error.Suffix}";
                    }
                    catch (HttpRequestException error)
                    {
                        lastStatus = null;
                        transient = $"could not reach {_apiBase.Host}: {error.Message}";
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        // Not our token, so HttpClient.Timeout ended this attempt.
                        lastStatus = null;
                        transient = $"no answer within {Seconds(_http.Timeout)} s";
                    }
                }

                // Safe to resend even when the outcome is unknown: GET reads, PUT replaces the whole set, PATCH sets the same message.
                lastProblem = transient;
                if (++failedAttempts >= MaxAttempts)
                {
                    return RestOutcome.Fail<Answer>(lastStatus, lastCode, $"Gave up {call.What} after {MaxAttempts} attempts: {transient}. Try again later.");
                }

                var backoff = RetryBackoff * Math.Pow(2, failedAttempts - 1);
                if (backoff > deadline - _time.GetElapsedTime(started))
                {
                    return RestOutcome.Fail<Answer>(lastStatus, lastCode, $"Gave up {call.What} at its {Seconds(deadline)} s deadline: {transient}. Try again later.");
                }

                LogRetrying(call.What, failedAttempts, MaxAttempts, transient, backoff.TotalSeconds);
                await Task.Delay(backoff, _time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RestOutcome.Fail<Answer>(lastStatus, lastCode, $"Gave up {call.What} at its {Seconds(deadline)} s deadline (last: {lastProblem}). Try again later.");
        }
    }

    private string BotToken()
    {
        var token = _options.BotToken.Trim();
        // People paste the header value; the scheme is added here.
        return token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) ? token[4..].Trim() : token;
    }

    private string Refusal(Call call, HttpStatusCode status, DiscordError error)
    {
        var code = (int)status;
        return (status, error.Code) switch
        {
            (HttpStatusCode.Unauthorized, _) when call.BotAuth =>
                $"Discord refused the bot token ({code}); check Discord:BotToken (your app's Bot page in the Developer Portal).",
            (HttpStatusCode.Unauthorized, _) => $"Discord refused the interaction token ({code}) when {call.What}.",
            (HttpStatusCode.Forbidden, 40333) =>
                $"Discord's network blocked the request ({code}, code 40333) when {call.What}; it usually means a refused User-Agent.",
            (HttpStatusCode.Forbidden, _) when call.Path.Contains("/guilds/", StringComparison.Ordinal) =>
                $"Discord refused access ({code}{error.Suffix}) when {call.What}; is the bot in that server, invited with the applications.commands scope?",
            (HttpStatusCode.Forbidden, _) => $"Discord refused access ({code}{error.Suffix}) when {call.What}.",
            (HttpStatusCode.NotFound, _) when !call.BotAuth =>
                $"Discord no longer knows this interaction ({code}{error.Suffix}); its reply can only be edited for 15 minutes after it arrived.",
            (HttpStatusCode.NotFound, _) =>
                $"Discord does not know that application or server ({code}{error.Suffix}) when {call.What}; check Discord:ApplicationId and the server id.",
            (HttpStatusCode.BadRequest, _) => $"Discord rejected the request ({code}{error.Suffix}) when {call.What}{error.Detail}.",
            _ => $"Discord answered HTTP {code}{error.Suffix} when {call.What}.",
        };
    }

    private static (TimeSpan Wait, bool Global) RateLimit(HttpResponseMessage response, byte[] body)
    {
        double? retryAfter = null;
        var global = false;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("retry_after", out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    retryAfter = value.GetDouble();
                }

                global = document.RootElement.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Cloudflare's own 429 is HTML; the headers still say how long to wait.
        }

        global |= Header(response, "X-RateLimit-Global") is { } globalHeader && globalHeader.Equals("true", StringComparison.OrdinalIgnoreCase);
        global |= Header(response, "X-RateLimit-Scope") is "global";
        var wait = retryAfter is { } seconds && double.IsFinite(seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds)
            : response.Headers.RetryAfter?.Delta is { } delta ? delta
            : SecondsHeader(response, "X-RateLimit-Reset-After") ?? DefaultRateLimitWait;
        return (wait, global);
    }

    private void NoteBucket(string route, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Remaining") == "0" && SecondsHeader(response, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            Hold(route, resetAfter, global: false);
        }
    }

    private void Hold(string route, TimeSpan wait, bool global)
    {
        var until = _time.GetUtcNow() + wait;
        lock (_gate)
        {
            if (global)
            {
                _globalHold = until > _globalHold ? until : _globalHold;
                return;
            }

            if (_routeHolds.Count >= RouteHoldsBeforePruning)
            {
                var now = _time.GetUtcNow();
                foreach (var expired in _routeHolds.Where(hold => hold.Value <= now).Select(hold => hold.Key).ToList())
                {
                    _routeHolds.Remove(expired);
                }
            }

            _routeHolds[route] = _routeHolds.TryGetValue(route, out var existing) && existing > until ? existing : until;
        }
    }

    private TimeSpan HoldFor(string route)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var until = _globalHold;
            if (_routeHolds.TryGetValue(route, out var routeHold))
            {
                if (routeHold <= now)
                {
                    _routeHolds.Remove(route);
                }
                else if (routeHold > until)
                {
                    until = routeHold;
                }
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan? SecondsHeader(HttpResponseMessage response, string name) =>
        double.TryParse(Header(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Seconds(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan ? "∞" : span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {What} ({Scope} limit); waiting {Seconds:0.##} s before retrying.")]
    private partial void LogRateLimited(string what, string scope, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding {What} for {Seconds:0.##} s until Discord's rate limit resets.")]
    private partial void LogHolding(string what, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} failed (attempt {Attempt} of {Max}): {Problem}; retrying in {Seconds:0.##} s.")]
    private partial void LogRetrying(string what, int attempt, int max, string problem, double seconds);

    /// <summary>Discord's answer to a call that succeeded.</summary>
    private sealed record Answer(HttpStatusCode Status, byte[] Body);

    /// <summary>One call: where it goes, whether it carries the bot token, and its body, made anew for each attempt.</summary>
    private sealed record Call(HttpMethod Method, string Path, bool BotAuth, string What, Func<HttpContent?> Content);

    /// <summary>Discord's JSON error body: <c>{code, message, errors: {path: {_errors: [{code, message}]}}}</c>.</summary>
    private sealed record DiscordError(int? Code, string? Message, string? FirstFieldError)
    {
        /// <summary>", code 50035 Invalid Form Body", or nothing when Discord sent no code.</summary>
        public string Suffix => Code is null ? "" : $", code {Code}" + (string.IsNullOrWhiteSpace(Message) ? "" : " " + Message);

        /// <summary>": options.0.name: Must be between 1 and 32 in length.", or nothing.</summary>
        public string Detail => FirstFieldError is null ? "" : ": " + FirstFieldError;

        public static DiscordError Read(byte[] body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return new(null, null, null);
                }

                int? code = root.TryGetProperty("code", out var codeValue) && codeValue.TryGetInt32(out var number) ? number : null;
                var message = root.TryGetProperty("message", out var messageValue) && messageValue.ValueKind == JsonValueKind.String ? messageValue.GetString() : null;
                var field = root.TryGetProperty("errors", out var errors) ? FirstError(errors, "") : null;
                return new(code, message, field);
            }
            catch (JsonException)
            {
                return new(null, null, null);
            }
        }

        private static string? FirstError(JsonElement node, string path)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    var first = property.Value.EnumerateArray().FirstOrDefault();
                    var text = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() : null;
                    return (path.Length == 0 ? "" : path + ": ") + (text ?? "invalid");
                }

                var nested = FirstError(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name);
                if (nested is not null)
                {
                    return nested;
                }
            }

            return null;
        }
    }
}
