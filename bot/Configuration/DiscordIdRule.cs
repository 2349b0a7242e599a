namespace ForumHelper.Bot.Configuration;

/// <summary>The one check of a Discord id (a snowflake: up to 20 digits), for every setting, option and path that holds one.</summary>
public static class DiscordIdRule
{
    /// <summary>True for an id like 123456789012345678.</summary>
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit);
}
