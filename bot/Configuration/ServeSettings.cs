using ForumHelper.Bot.Discord;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Configuration;

/// <summary>The sections only <c>serve</c> needs (<c>Discord</c>, <c>Moderation</c>), bound and checked before it listens.</summary>
internal sealed record ServeSettings(DiscordOptions Discord, ModerationOptions Moderation)
{
    public static Outcome<ServeSettings, string> Load(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordSettings.Section))
            .Validate(o => o.MaxClockSkewSeconds is >= 1 and <= 86_400, "Discord:MaxClockSkewSeconds must be 1–86400")
            .Validate(o => o.AdvicePerMinute is >= 1 and <= 10_000, "Discord:AdvicePerMinute must be 1–10000")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Discord:ApiBaseUrl must be an absolute URL with the API version, e.g. https://discord.com/api/v10");
        services.AddOptions<ModerationOptions>()
            .Bind(configuration.GetSection("Moderation"))
            .Validate(o => o.RoleIds.All(id => id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit)), "Moderation:RoleIds must be role ids (numbers like 123456789012345678)");
        using var provider = services.BuildServiceProvider();
        var problems = new List<string>();
        var discord = ValidatedOptions.Get<DiscordOptions>(provider, problems);
        var moderation = ValidatedOptions.Get<ModerationOptions>(provider, problems);
        return problems.Count == 0
            ? Outcome<ServeSettings, string>.Success(new ServeSettings(discord!, moderation!))
            : Outcome<ServeSettings, string>.Failure(problems);
    }
}
