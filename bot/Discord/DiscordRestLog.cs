using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Discord;

/// <summary>The log lines of the Discord REST calls' waits and retries.</summary>
internal static partial class DiscordRestLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {What} ({Scope} limit); waiting {Seconds:0.##} s before retrying.")]
    public static partial void RateLimited(ILogger logger, string what, string scope, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding {What} for {Seconds:0.##} s until Discord's rate limit resets.")]
    public static partial void Holding(ILogger logger, string what, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} failed (attempt {Attempt} of {Max}): {Problem}; retrying in {Seconds:0.##} s.")]
    public static partial void Retrying(ILogger logger, string what, int attempt, int max, string problem, double seconds);
}
