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
        // so a refused member can be told when the next request works.
        services.AddSingleton(provider =>
        {
            var perMinute = provider.GetRequiredService<DiscordOptions>().AdvicePerMinute;
            return new MemberRateLimiter(perMinute, TimeSpan.FromMinutes(1) / perMinute, provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
