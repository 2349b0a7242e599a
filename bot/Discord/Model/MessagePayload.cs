namespace ForumHelper.Bot.Discord.Model;

/// <summary>A message we send (a reply, an update, or an edit of a deferred reply).</summary>
public sealed record MessagePayload
{
    /// <summary>Only visible to the member who asked.</summary>
    public const int EphemeralFlag = 1 << 6;

    /// <summary>
    /// IS_COMPONENTS_V2: the <see cref="Components"/> are the whole message (no <see cref="Content"/>, no
    /// <see cref="Embeds"/>). After a deferral it goes on the edit, since the acknowledgement may carry only <see cref="EphemeralFlag"/>.
    /// </summary>
    public const int ComponentsV2Flag = 1 << 15;

    /// <summary>Discord's limit on the components of a <see cref="ComponentsV2Flag"/> message, nested ones included.</summary>
    public const int MaxComponentsV2 = 40;

    /// <summary>Discord's limit on the text of all text displays of a <see cref="ComponentsV2Flag"/> message together.</summary>
    public const int MaxComponentsV2Text = 4000;

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
