namespace ForumHelper.Bot.Discord;

/// <summary>What <see cref="MemberRateLimiter.TryTake"/> decided: taken, or refused with the wait until one request comes back.</summary>
/// <param name="Allowed">True when the request may go on.</param>
/// <param name="RetryAfter">When refused, how long until the member's next request is taken; zero when allowed.</param>
public readonly record struct MemberRateLimit(bool Allowed, TimeSpan RetryAfter)
{
    public static MemberRateLimit Taken => new(true, TimeSpan.Zero);
}
