namespace ForumHelper.Bot.Discord.Model;

/// <summary>What Discord POSTs to the endpoint. Snowflakes stay strings; fields we do not use are ignored.</summary>
public sealed record Interaction
{
    public string? Id { get; init; }
    public string? ApplicationId { get; init; }
    public int Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }

    /// <summary>The invoker in a server; null in DMs.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoker in a DM; in a server, use <see cref="Member"/>.</summary>
    public DiscordUser? User { get; init; }
    public string? Token { get; init; }
    public string? Locale { get; init; }
    public InteractionMessage? Message { get; init; }

    /// <summary>Whoever clicked or typed, in a server or a DM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;
}
