namespace ForumHelper.Bot.Discord;

/// <summary>The Discord application (section <c>Discord</c>). Secrets come from the environment, never from a committed file.</summary>
public sealed class DiscordOptions
{
    /// <summary>The application's public key from the Developer Portal: 64 hex characters. Required by <c>serve</c>.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The application id (a snowflake); needed to register commands and to edit deferred replies.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The bot token; needed only by <c>register-commands</c>.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Discord's REST API, with the version in the path.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Requests whose timestamp is further than this from now are refused (replays).</summary>
    public int MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>Advice requests one member may make per minute.</summary>
    public int AdvicePerMinute { get; set; } = 10;
}
