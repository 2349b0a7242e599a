namespace ForumHelper.Bot.Discord;

/// <summary>Who counts as a moderator (section <c>Moderation</c>), besides members with Manage Messages.</summary>
public sealed class ModerationOptions
{
    /// <summary>Role ids (snowflakes) whose members may use <c>/case-stats</c>.</summary>
    public string[] RoleIds { get; set; } = [];

    /// <summary>
    /// Only members with one of <see cref="RoleIds"/> see statistics. Discord sends a member's
    /// permissions for the channel the command is used in, so Manage Messages granted in one
    /// channel would otherwise show the whole server's statistics.
    /// </summary>
    public bool RequireRole { get; set; }
}
