using ForumHelper.Bot.Discord;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Section <c>Discord</c>: what <c>serve</c> needs (the public key, the limits) and what calls with the
/// bot token need (the application id, the token), each only where it is needed; the API URL always.
/// </summary>
/// <param name="serve">Check the public key and the limits <c>serve</c> uses.</param>
/// <param name="rest">Check the application id and the bot token that <c>register-commands</c> needs.</param>
public sealed class DiscordOptionsValidator(bool serve, bool rest) : IValidateOptions<DiscordOptions>
{
    /// <summary>The most clock skew a setting may allow: 15 minutes.</summary>
    public const int MaxClockSkew = 900;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            if (rest)
            {
                problems.Add("Discord:ApplicationId is empty; copy the Application ID from your app's General Information page at https://discord.com/developers/applications (e.g. set Discord__ApplicationId)");
            }
        }
        else if (!DiscordIdRule.IsValid(options.ApplicationId))
        {
            // Checked for serve too, where it is optional: a wrong one would leave /case-stats "thinking…".
            problems.Add("Discord:ApplicationId must be the numeric Application ID (like 123456789012345678) from your app's General Information page");
        }

        if (rest)
        {
            if (string.IsNullOrWhiteSpace(options.BotToken))
            {
                problems.Add("Discord:BotToken is empty; reset and copy the token on your app's Bot page at https://discord.com/developers/applications and put it in the environment variable Discord__BotToken (never in a committed file)");
            }
        }

        if (serve)
        {
            if (SignatureVerifier.KeyProblem(options.PublicKey) is { } keyProblem)
            {
                problems.Add(keyProblem);
            }

            // Discord signs with the time it sends; minutes of skew are plenty, and every second more is
            // a longer window to replay a captured request in.
            if (options.MaxClockSkewSeconds is < 1 or > MaxClockSkew)
            {
                problems.Add($"Discord:MaxClockSkewSeconds must be 1–{MaxClockSkew} (15 minutes); 300 is the default");
            }

            if (options.AdvicePerMinute is < 1 or > 10_000)
            {
                problems.Add("Discord:AdvicePerMinute must be 1–10000");
            }
        }

        if (HttpUrlRule.Parse(options.ApiBaseUrl) is not { } api)
        {
            problems.Add("Discord:ApiBaseUrl must be an absolute URL with the API version, e.g. https://discord.com/api/v10");
        }
        else if (api.Scheme != Uri.UriSchemeHttps && !api.IsLoopback)
        {
            // The bot token and interaction tokens travel in it: plain http only to this machine (a test double).
            problems.Add("Discord:ApiBaseUrl must use https:// (plain http:// only to this machine, e.g. a local test server), e.g. https://discord.com/api/v10");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
