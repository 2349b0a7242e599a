using ForumHelper.Bot.Discord;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// Who may see a server's case statistics, checked by the bot whatever Discord showed: the same
/// rules for <c>/case-stats</c> and for every button under its reply.
/// </summary>
public static class StatsAccess
{
    /// <summary>The server whose cases the member may see, or the private refusal to give instead.</summary>
    public static Outcome<string, string> Check(InteractionRequest request, DiscordOptions discord, ModerationOptions moderation)
    {
        // Fail closed: without a server the store would count every server's cases, so a DM, a
        // server that did not install the app, or a request without a guild id gets no statistics.
        if (request.Server is not { } server)
        {
            return Refused("Case statistics are for the moderators of a server that has installed ForumHelper: use `/case-stats` in that server, not in a DM.");
        }

        // Permissions come per channel; a server that gives Manage Messages in single channels can require the role instead.
        var hasRole = request.Roles.Any(role => moderation.RoleIds.Contains(role));
        var isModerator = moderation.RequireRole ? hasRole : hasRole || Permissions.CanModerate(request.Permissions);
        if (!isModerator)
        {
            return Refused("Case statistics are for the moderators of this server. If you think you should see them, ask a moderator.");
        }

        // The statistics are delivered by editing the reply, which needs the application id; say so now, not after 15 minutes of "thinking…".
        if (string.IsNullOrWhiteSpace(discord.ApplicationId))
        {
            return Refused("Case statistics are not set up on this bot yet: its operator needs to set Discord:ApplicationId.");
        }

        return Outcome<string, string>.Success(server);
    }

    private static Outcome<string, string> Refused(string text) => Outcome<string, string>.Failure([text]);
}
