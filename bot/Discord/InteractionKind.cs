namespace ForumHelper.Bot.Discord;

/// <summary>What a handler answers: each kind is routed by its own key (see <see cref="InteractionRoute"/>).</summary>
public enum InteractionKind
{
    /// <summary>A slash command, by its name.</summary>
    Command,

    /// <summary>A button (or other message component), by the custom id's prefix (before the first <c>:</c>).</summary>
    Component,

    /// <summary>A submitted modal, by its custom id's prefix (before the first <c>:</c>).</summary>
    Modal,

    /// <summary>Suggestions while a command's option is typed, by the command's name.</summary>
    Autocomplete,
}
