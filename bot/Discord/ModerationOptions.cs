namespace ForumHelper.Bot.Discord;

/// <summary>Who counts as a moderator (section <c>Moderation</c>), besides members with Manage Messages.</summary>
public sealed class ModerationOptions
{
    /// <summary>Role ids (snowflakes) whose members may use <c>/case-stats</c>.</summary>
    public string[] RoleIds { get; set; } = [];
}
