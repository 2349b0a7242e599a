namespace ForumHelper.Bot.Discord.Model;

/// <summary>Button colours (Discord's numbers).</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}
