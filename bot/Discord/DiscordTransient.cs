using System.Net;
using Polly.Timeout;
using Polly;

namespace ForumHelper.Bot.Discord;

/// <summary>Which failures of a Discord call are worth another attempt, and how each is told to a person.</summary>
internal static class DiscordTransient
{
    /// <summary>5xx, 408, a network failure or an attempt's timeout; never a 429 (<see cref="DiscordRateLimitHandler"/> has waited those out already).</summary>
    public static bool Is(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>"Discord answered HTTP 500 Internal Server Error, code 0 500: Internal Server Error".</summary>
    public static string Describe(HttpResponseMessage response, DiscordError error) =>
        $"Discord answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}{error.Suffix}";

    /// <summary>"could not reach discord.com: …" or "no answer within 30 s".</summary>
    public static string Describe(Exception error, Uri? apiBase, TimeSpan attemptTimeout) => error switch
    {
        TimeoutRejectedException => $"no answer within {DiscordRateLimitHandler.Seconds(attemptTimeout)} s",
        _ => $"could not reach {apiBase?.Host}: {error.Message}",
    };

    /// <summary>What went wrong with one attempt, for the retry's log line and the deadline's message; reads a response's (buffered) body.</summary>
    public static async ValueTask<string> DescribeAsync(Outcome<HttpResponseMessage> outcome, Uri? apiBase, TimeSpan attemptTimeout)
    {
        if (outcome.Result is { } response)
        {
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return Describe(response, DiscordError.Read(body));
        }

        return outcome.Exception is { } error ? Describe(error, apiBase, attemptTimeout) : "no answer";
    }
}
