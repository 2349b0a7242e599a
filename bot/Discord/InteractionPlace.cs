namespace ForumHelper.Bot.Discord;

/// <summary>
/// Where an interaction happened, as far as ForumHelper cares: only <see cref="Server"/> (a server
/// that installed the app) has a community whose statistics a case counts in.
/// </summary>
public enum InteractionPlace
{
    /// <summary>A server where the app is installed (guild install): the case counts for that server.</summary>
    Server,

    /// <summary>A server where only the member installed the app (user install): counts in no server.</summary>
    OtherServer,

    /// <summary>The member's DM with the bot: private already, counts in no server.</summary>
    BotDm,

    /// <summary>A group DM or a DM between members (user install): counts in no server.</summary>
    PrivateChannel,
}
