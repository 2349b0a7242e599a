namespace ForumHelper.Bot.Discord.Model;

/// <summary>A message we send (a reply, an update, or an edit of a deferred reply).</summary>
public sealed record MessagePayload
{
    /// <summary>Only visible to the member who asked.</summary>
    public const int EphemeralFlag = 1 << 6;

    /// <summary>Discord's limit on a message's top-level component rows.</summary>
    public const int MaxRows = 5;

    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Flags { get; init; }

    /// <summary>Never ping anyone: members' words are echoed back, so mentions in them must stay inert.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}
