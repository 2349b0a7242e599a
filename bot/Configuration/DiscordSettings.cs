using ForumHelper.Bot.Discord;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Loads section <c>Discord</c> for the verbs that call Discord's REST API. Kept apart from
/// <see cref="Settings"/> because only these verbs need a bot token, and a missing token must
/// not stop the verbs that never talk to Discord.
/// </summary>
internal static class DiscordSettings
{
    public const string Section = "Discord";

    /// <summary>What REST calls with the bot token need: the application id, the token and a usable API URL; all problems at once.</summary>
    public static Outcome<DiscordOptions, string> LoadForRest(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApplicationId),
                "Discord:ApplicationId is empty; copy the Application ID from your app's General Information page at https://discord.com/developers/applications (e.g. set Discord__ApplicationId)")
            .Validate(o => string.IsNullOrWhiteSpace(o.ApplicationId) || IsSnowflake(o.ApplicationId.Trim()),
                "Discord:ApplicationId must be the numeric Application ID (like 123456789012345678) from your app's General Information page")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken),
                "Discord:BotToken is empty; reset and copy the token on your app's Bot page at https://discord.com/developers/applications and put it in the environment variable Discord__BotToken (never in a committed file)")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Discord:ApiBaseUrl must be an absolute URL with the API version, e.g. https://discord.com/api/v10");
        using var provider = services.BuildServiceProvider();
        var problems = new List<string>();
        if (ValidatedOptions.Get<DiscordOptions>(provider, problems) is not { } options)
        {
            return Outcome<DiscordOptions, string>.Failure(problems);
        }

        options.ApplicationId = options.ApplicationId.Trim();
        return Outcome<DiscordOptions, string>.Success(options);
    }

    private static bool IsSnowflake(string id) => id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit);
}
