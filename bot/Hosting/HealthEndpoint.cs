using System.Net;
using System.Security.Cryptography;
using System.Text;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// <c>GET /healthz</c>. Anyone gets the status and its HTTP code, which is all a load balancer or an
/// uptime monitor needs. The details (counts, the data version, the database's path, the driver's
/// errors with hosts and ports) go only to a caller on this machine that came through no proxy, or
/// to one that sends <c>Health:Token</c> as a bearer token.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>Headers a proxy adds: a request that carries one came from elsewhere, whatever address it arrived from.</summary>
    public static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

    /// <summary>The status, with the details when <see cref="ShowsDetails"/> allows.</summary>
    /// <param name="http">The request.</param>
    /// <param name="data">The data files in use.</param>
    /// <param name="storage">The case database.</param>
    /// <param name="log">The case log's writer.</param>
    /// <param name="options">Section <c>Health</c>.</param>
    /// <param name="limiter">The per-member rate limit, whose size the details show.</param>
    public static IResult Answer(HttpContext http, DataSetProvider data, CaseStorage storage, CaseLog log, IOptions<HealthOptions> options, MemberRateLimiter limiter)
    {
        var details = ShowsDetails(http, options.Value.Token);
        try
        {
            storage.Store.ReadMeta(PseudonymKeys.FingerprintMeta);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException)
        {
            var unavailable = new Dictionary<string, object> { ["status"] = "database unavailable" };
            if (details)
            {
                unavailable["reason"] = error.Message;
            }

            return Results.Json(unavailable, HealthJsonContext.Default.DictionaryStringObject, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // Still 200 while the writer retries: the answers do not need the database, and a probe that
        // failed now would get a bot that is answering fine restarted or taken out of service.
        var problem = log.Problem;
        var health = new Dictionary<string, object> { ["status"] = problem is null ? "ok" : "degraded" };
        if (!details)
        {
            return Results.Json(health, HealthJsonContext.Default.DictionaryStringObject);
        }

        var counters = log.Counters;
        health["dataVersion"] = data.Current.Version;
        health["casesWritten"] = counters.Written;
        health["casesPending"] = counters.Pending;
        health["casesDropped"] = counters.Dropped;
        health["casesLost"] = counters.Lost;
        health["databaseReopened"] = counters.Reopened;
        health["membersTracked"] = limiter.Tracked;
        if (problem is not null)
        {
            health["caseLogProblem"] = problem;
        }

        return Results.Json(health, HealthJsonContext.Default.DictionaryStringObject);
    }

    /// <summary>
    /// True for a connection from this machine carrying no proxy's header (nginx on the same host
    /// connects from loopback too, but adds X-Forwarded-For), or for the configured token.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <param name="token">Health:Token; empty when none is configured.</param>
    public static bool ShowsDetails(HttpContext http, string token)
    {
        if (token.Length > 0 && BearerMatches(http.Request.Headers.Authorization, token))
        {
            return true;
        }

        var remote = http.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return false;
        }

        return !ForwardingHeaders.Any(header => http.Request.Headers.ContainsKey(header));
    }

    // Hashing both sides first makes the comparison take the same time whatever the length or the first wrong character.
    private static bool BearerMatches(Microsoft.Extensions.Primitives.StringValues authorization, string token)
    {
        const string Scheme = "Bearer ";
        if (authorization.Count != 1 || authorization[0] is not { } value || !value.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(value[Scheme.Length..]));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return CryptographicOperations.FixedTimeEquals(sent, expected);
    }
}
