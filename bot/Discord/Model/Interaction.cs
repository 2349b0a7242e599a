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

    /// <summary>0 a server, 1 the bot's DM, 2 a group DM or a DM between members; absent in older payloads.</summary>
    public int? Context { get; init; }

    /// <summary>
    /// Who installed the app for this interaction: "0" (guild install) maps to the server's id, or to
    /// "0" in the bot's DM; "1" (user install) to the member's id. Absent in older payloads.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AuthorizingIntegrationOwners { get; init; }

    /// <summary>Whoever clicked or typed, in a server or a DM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;

    /// <summary>
    /// In a server only when there is a guild id and the app is installed in that server: the guild
    /// install ("0") is one of the authorizing owners and names this server, or the field is absent
    /// (payloads from before user installs). A member's own install used in a server that has not
    /// installed the app is <see cref="InteractionPlace.OtherServer"/>; without a guild id, context 2
    /// is a private channel and anything else (1, or absent) the bot's DM.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public InteractionPlace Place => string.IsNullOrEmpty(GuildId)
        ? Context == 2 ? InteractionPlace.PrivateChannel : InteractionPlace.BotDm
        : AuthorizingIntegrationOwners is null
            || (AuthorizingIntegrationOwners.TryGetValue(GuildInstall, out var server) && server == GuildId)
            ? InteractionPlace.Server
            : InteractionPlace.OtherServer;

    // The key of the guild install in authorizing_integration_owners (1 is the user install).
    private const string GuildInstall = "0";
}
