using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The few Discord REST calls ForumHelper makes, as a typed client of the HTTP client factory. Every call is
/// bounded: under the client, the resilience pipeline gives transient failures three attempts in all,
/// each with a timeout, inside a total deadline; <see cref="DiscordRateLimitHandler"/> waits out
/// Discord's rate limits only up to a cap (see <see cref="Hosting.DiscordRestServiceCollectionExtensions.AddDiscordRest"/>). Expected failures come back as a
/// <c>Outcome&lt;T, RestProblem&gt;</c> with a message a person can act on; only the caller's own
/// cancellation throws.
/// </summary>
public sealed class DiscordRestClient
{
    /// <summary>Discord requires this form (<c>DiscordBot ($url, $version)</c>); Cloudflare blocks requests without it (40333).</summary>
    public const string UserAgent = "DiscordBot (https://github.com/forumhelper/forumhelper, 1.0)";

    /// <summary>Attempts in all for a call that fails transiently (5xx, 408, network, timeout).</summary>
    public const int MaxAttempts = DiscordRestPolicy.MaxAttempts;

    /// <summary>Discord's limit of files per message (<c>files[0]</c>…<c>files[9]</c>).</summary>
    public const int MaxFiles = 10;

    /// <summary>Discord's limit for one request's uploads.</summary>
    public const long MaxUploadBytes = 25L * 1024 * 1024;

    /// <summary>How long an interaction token may be used for edits and follow-ups.</summary>
    public static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly DiscordRestPolicy _policy;
    private readonly TimeProvider _time;
    private readonly Uri? _apiBase;

    /// <summary>A typed client: <paramref name="http"/> comes from the client factory with the resilience pipeline and the rate-limit handler under it.</summary>
    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, IOptions<DiscordRestPolicy> policy, TimeProvider time)
    {
        _http = http;
        _options = options.Value;
        _policy = policy.Value;
        _time = time;
        // A trailing slash makes relative paths append to .../api/v10 instead of replacing its last segment.
        _apiBase = HttpUrlRule.Parse(_options.ApiBaseUrl.Trim().TrimEnd('/') + "/");
    }

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

        if (!DiscordIdRule.IsValid(_options.ApplicationId))
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
        !DiscordIdRule.IsValid(_options.ApplicationId) ? null
        : guildId is null ? $"applications/{_options.ApplicationId}/commands"
        : DiscordIdRule.IsValid(guildId) ? $"applications/{_options.ApplicationId}/guilds/{guildId}/commands"
        : null;

    private Outcome<IReadOnlyList<ApplicationCommand>, RestProblem> CommandsPathProblem(string? guildId) =>
        RestOutcome.Fail<IReadOnlyList<ApplicationCommand>>(null, null, !DiscordIdRule.IsValid(_options.ApplicationId)
            ? ApplicationIdProblem()
            : $"The server (guild) id must be a number like 123456789012345678, not `{guildId}`.");

    private string ApplicationIdProblem() => string.IsNullOrWhiteSpace(_options.ApplicationId)
        ? "Discord:ApplicationId is empty; it is the Application ID on your app's General Information page in the Developer Portal."
        : $"Discord:ApplicationId must be the numeric Application ID from the Developer Portal, not `{_options.ApplicationId}`.";

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

    /// <summary>Sends one call through the pipeline (deadline, retries, circuit, attempt timeout, rate limits); success carries the response body.</summary>
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

        var deadline = call.BotAuth ? _policy.CallDeadline : Min(_policy.CallDeadline, InteractionTokenLifetime);
        var tracked = new DiscordCall(call.What, deadline, _time.GetUtcNow() + deadline);
        // The pipeline sends this same request again on a retry, so its content must be readable more than once (it is: bytes).
        using var request = new HttpRequestMessage(call.Method, new Uri(_apiBase, call.Path)) { Content = call.Content() };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (call.BotAuth)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", botToken);
        }

        tracked.AttachTo(request);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return Outcome<Answer, RestProblem>.Success(new Answer(status, body));
            }

            var error = DiscordError.Read(body);
            if (tracked.RateLimitProblem is { } limited)
            {
                return RestOutcome.Fail<Answer>(status, error.Code, limited);
            }

            if ((int)status < 500 && status != HttpStatusCode.RequestTimeout)
            {
                return RestOutcome.Fail<Answer>(status, error.Code, Refusal(call, status, error));
            }

            return RestOutcome.Fail<Answer>(status, error.Code, $"Gave up {call.What} after {MaxAttempts} attempts: {DiscordTransient.Describe(response, error)}. Try again later.");
        }
        catch (TimeoutRejectedException) when (tracked.ReachedDeadline && !cancellationToken.IsCancellationRequested)
        {
            return RestOutcome.Fail<Answer>(null, null, $"Gave up {call.What} at its {DiscordRateLimitHandler.Seconds(deadline)} s deadline (last: {tracked.LastProblem}). Try again later.");
        }
        catch (TimeoutRejectedException error) when (!cancellationToken.IsCancellationRequested)
        {
            return RestOutcome.Fail<Answer>(null, null, $"Gave up {call.What} after {MaxAttempts} attempts: {DiscordTransient.Describe(error, _apiBase, _policy.AttemptTimeout)}. Try again later.");
        }
        catch (HttpRequestException error)
        {
            return RestOutcome.Fail<Answer>(null, null, $"Gave up {call.What} after {MaxAttempts} attempts: {DiscordTransient.Describe(error, _apiBase, _policy.AttemptTimeout)}. Try again later.");
        }
        catch (BrokenCircuitException)
        {
            return RestOutcome.Fail<Answer>(null, null, $"Discord failed too many calls lately; not {call.What} for a while, to let it recover. Try again later.");
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

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Discord's answer to a call that succeeded.</summary>
    private sealed record Answer(HttpStatusCode Status, byte[] Body);

    /// <summary>One call: where it goes, whether it carries the bot token, and its body, made anew for each attempt.</summary>
    private sealed record Call(HttpMethod Method, string Path, bool BotAuth, string What, Func<HttpContent?> Content);
}
