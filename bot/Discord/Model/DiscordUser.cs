namespace ForumHelper.Bot.Discord.Model;

/// <summary>A Discord user; only the id is used (pseudonymized before it is stored).</summary>
public sealed record DiscordUser
{
    public string? Id { get; init; }
}
