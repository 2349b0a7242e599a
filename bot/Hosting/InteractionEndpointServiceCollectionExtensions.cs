using System.Threading.RateLimiting;
using ForumHelper.Bot.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Hosting;

/// <summary>Registers what the interactions endpoint needs besides its handlers: the signature check, the settings it reads, the per-member limit.</summary>
public static class InteractionEndpointServiceCollectionExtensions
{
    public static IServiceCollection AddInteractionEndpoint(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ModerationOptions>>().Value);
        // The key was checked with the settings (DiscordOptionsValidator), so importing it succeeds.
        services.AddSingleton(provider =>
        {
            var discord = provider.GetRequiredService<DiscordOptions>();
            return SignatureVerifier.Create(discord.PublicKey, provider.GetRequiredService<TimeProvider>(), discord.MaxClockSkewSeconds).Value!;
        });
        // One bucket per member: up to AdvicePerMinute at once, one more every 60/AdvicePerMinute seconds,
        // so a refused member can be told when the next request works. The partitioned limiter's own
        // heartbeat refills them all, rather than a timer per member.
        services.AddSingleton(provider =>
        {
            var perMinute = provider.GetRequiredService<DiscordOptions>().AdvicePerMinute;
            return PartitionedRateLimiter.Create<string, string>(member => RateLimitPartition.GetTokenBucketLimiter(
                member, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
                    QueueLimit = 0,
                    AutoReplenishment = false,
                }));
        });
        return services;
    }
}
