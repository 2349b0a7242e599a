using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// What is Discord's own in calling it: a route whose bucket is empty waits for its reset, a 429 is
/// waited out for its <c>retry_after</c> (from the body, else <c>Retry-After</c>, else
/// <c>X-RateLimit-Reset-After</c>) and sent again, and a global limit holds every route. Runs under
/// the resilience pipeline, once per attempt; gives up (leaving the 429 as the answer and the reason
/// in <see cref="DiscordCall.RateLimitProblem"/>) when a wait is past the cap or the call's deadline.
/// </summary>
public sealed class DiscordRateLimitHandler(DiscordRateLimits limits, IOptions<DiscordRestPolicy> policy, TimeProvider time, ILogger<DiscordRateLimitHandler> logger)
    : DelegatingHandler
{
    // 429s are retried apart from the transient attempts, but not forever: a limit that keeps
    // coming back means something else is spending the budget.
    private const int MaxRateLimitRetries = 4;

    private static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = request.Method.Method + " " + RouteOf(request.RequestUri);
        var call = DiscordCall.Of(request);
        var what = call?.What ?? route;
        var maxWait = policy.Value.MaxRateLimitWait;
        var attemptTimeout = policy.Value.AttemptTimeout;
        var attemptStarted = time.GetUtcNow();
        var rateLimits = 0;
        while (true)
        {
            var hold = limits.HoldFor(route);
            if (hold > TimeSpan.Zero)
            {
                if (call is not null && hold > call.DeadlineAt - time.GetUtcNow())
                {
                    call.RateLimitProblem = $"Discord's rate limit holds {what} for {Seconds(hold)} s more, past this call's {Seconds(call.Deadline)} s deadline; try again later.";
                    return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
                }

                DiscordRestLog.Holding(logger, what, hold.TotalSeconds);
                await Task.Delay(hold, time, cancellationToken).ConfigureAwait(false);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Read here, under the attempt's timeout, so a body that never ends counts as a failed attempt.
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // The connection goes back to the pool now, not when the collector finds it.
                response.Dispose();
                throw;
            }
            NoteBucket(route, response);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var (wait, global) = RateLimit(response, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            limits.Hold(route, wait, global);
            if (wait > maxWait)
            {
                call?.RateLimitProblem = $"Discord rate-limited {what} for {Seconds(wait)} s, longer than the {Seconds(maxWait)} s this client waits; try again later.";
                return response;
            }

            // A wait the attempt's timeout would cut short fails clearly now, rather than as a timeout to retry.
            if (time.GetUtcNow() - attemptStarted + wait >= attemptTimeout)
            {
                call?.RateLimitProblem = $"Discord rate-limited {what} for {Seconds(wait)} s, past the {Seconds(attemptTimeout)} s an attempt may take; try again later.";
                return response;
            }

            if (++rateLimits > MaxRateLimitRetries)
            {
                call?.RateLimitProblem = $"Discord kept rate-limiting {what} ({rateLimits} times in a row); something else may be using this bot's token. Try again later.";
                return response;
            }

            DiscordRestLog.RateLimited(logger, what, global ? "global" : "route", wait.TotalSeconds);
            response.Dispose();
        }
    }

    // The bucket key, and the log's name for a call without one: a webhook path carries the interaction token, which stays out of both.
    private static string RouteOf(Uri? uri)
    {
        var path = uri?.AbsolutePath ?? "";
        var webhook = path.IndexOf("/webhooks/", StringComparison.Ordinal);
        if (webhook < 0)
        {
            return path;
        }

        // Discord limits each token on its own, so the key keeps them apart by a short hash of the token.
        var segments = path[(webhook + "/webhooks/".Length)..].Split('/');
        if (segments.Length < 2)
        {
            return path;
        }

        var tokenHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(segments[1])))[..12];
        return path[..webhook] + "/webhooks/" + segments[0] + "/token-" + tokenHash + "/" + string.Join('/', segments.Skip(2));
    }

    internal static string Seconds(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan ? "∞" : span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);

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
            limits.Hold(route, resetAfter, global: false);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan? SecondsHeader(HttpResponseMessage response, string name) =>
        double.TryParse(Header(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
