namespace ForumHelper.Bot.Discord.Model;

/// <summary>The message a clicked component sits on.</summary>
public sealed record InteractionMessage
{
    public string? Id { get; init; }
}
