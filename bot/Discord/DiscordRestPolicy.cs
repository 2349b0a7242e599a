namespace ForumHelper.Bot.Discord;

/// <summary>
/// How long the Discord REST calls may take and how often they are tried (bound as <c>IOptions</c>; set in code,
/// not from the settings). The retries, the timeouts and the circuit are the resilience pipeline's
/// (<see cref="Hosting.DiscordRestServiceCollectionExtensions.AddDiscordRest"/>); only Discord's own rate limits are <see cref="DiscordRateLimitHandler"/>'s.
/// </summary>
public sealed class DiscordRestPolicy
{
    /// <summary>Attempts in all for a call that fails transiently (5xx, 408, network, timeout).</summary>
    public const int MaxAttempts = 3;

    /// <summary>The most one call may take, waits and retries included. Webhook calls are also held within the interaction token's 15 minutes.</summary>
    public TimeSpan CallDeadline { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most one attempt may take before it counts as failed (and is tried again).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the second attempt of a transiently failed call; it doubles before the third.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest rate-limit wait the client accepts; a longer <c>retry_after</c> fails the call instead.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);
}
