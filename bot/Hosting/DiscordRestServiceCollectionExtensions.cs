using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Polly;

namespace ForumHelper.Bot.Hosting;

/// <summary>Registers <see cref="DiscordRestClient"/> the way ASP.NET Core apps call HTTP APIs: a typed client with a resilience pipeline.</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>The name of the resilience pipeline (it shows in its telemetry).</summary>
    public const string PipelineName = "discord";

    /// <summary>
    /// The typed <see cref="DiscordRestClient"/>. Its requests pass, outermost first: the call's deadline
    /// (60 s, and never past the interaction token's 15 minutes), three attempts with exponential
    /// backoff for 5xx, 408, network failures and attempt timeouts, a circuit that stops calling a
    /// Discord that keeps failing, each attempt's timeout, then <see cref="DiscordRateLimitHandler"/>.
    /// Every wait and timeout runs on the registered <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// Needs <c>IOptions&lt;DiscordOptions&gt;</c> (section <c>Discord</c>) and logging.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordRestPolicy>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        var policy = services.AddOptions<DiscordRestPolicy>();
        if (configure is not null)
        {
            policy.Configure(configure);
        }

        services.TryAddSingleton<DiscordRateLimits>();
        services.TryAddTransient<DiscordRateLimitHandler>();
        var http = services.AddHttpClient<DiscordRestClient>(client => client.Timeout = Timeout.InfiniteTimeSpan) // the pipeline's timeouts bound every call
            // Singletons (the commands) keep their client, so connections are renewed by the handler instead of by recycling it.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's own request log writes each URL, and a webhook URL carries the interaction token.
            .RemoveAllLoggers();
        http.AddResilienceHandler(PipelineName, Configure);
        http.AddHttpMessageHandler<DiscordRateLimitHandler>();
        return services;
    }

    private static bool Resendable(ResilienceContext context) =>
        context.GetRequestMessage()?.Method is { } method && (method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch);

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var policy = services.GetRequiredService<IOptions<DiscordRestPolicy>>().Value;
        var apiBase = HttpUrlRule.Parse(services.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<DiscordRestClient>();
        pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
        pipeline
            .AddTimeout(new TimeoutStrategyOptions
            {
                Name = "deadline",
                TimeoutGenerator = args => ValueTask.FromResult(DiscordCall.Of(args.Context)?.Deadline ?? policy.CallDeadline),
                OnTimeout = args =>
                {
                    DiscordCall.Of(args.Context)?.ReachedDeadline = true;
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = DiscordRestPolicy.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = policy.RetryBackoff,
                UseJitter = false,
                // Discord's Retry-After is the rate-limit handler's to honour.
                ShouldRetryAfterHeader = false,
                // Only calls that are safe to send again when the outcome is unknown: GET reads, PUT replaces
                // the whole set, PATCH sets the same message. A POST or DELETE that may have gone through is not repeated.
                ShouldHandle = args => ValueTask.FromResult(Resendable(args.Context) && DiscordTransient.Is(args.Outcome)),
                OnRetry = async args =>
                {
                    var call = DiscordCall.Of(args.Context);
                    var problem = await DiscordTransient.DescribeAsync(args.Outcome, apiBase, policy.AttemptTimeout).ConfigureAwait(false);
                    call?.LastProblem = problem;
                    // Discord's answer is quoted in the problem: escaped and cut like any value from outside.
                    DiscordRestLog.Retrying(logger, call?.What ?? "a Discord call", args.AttemptNumber + 1, DiscordRestPolicy.MaxAttempts, LogValue.Safe(problem), args.RetryDelay.TotalSeconds);
                },
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(DiscordTransient.Is(args.Outcome)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = policy.AttemptTimeout });
    }
}
