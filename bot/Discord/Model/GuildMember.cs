namespace ForumHelper.Bot.Discord.Model;

/// <summary>The invoker as a server member: their user, roles, and total permissions in the channel (a decimal string).</summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public string? Permissions { get; init; }
}
