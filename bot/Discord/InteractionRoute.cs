namespace ForumHelper.Bot.Discord;

/// <summary>
/// What one handler answers and how: the kind and key it is routed by, whether it is rate limited
/// per member, and whether it defers (acknowledges with "thinking…" and edits the reply later).
/// </summary>
/// <param name="Kind">Command, component, modal or autocomplete.</param>
/// <param name="Key">The command's name, or the custom id's prefix (before the first <c>:</c>).</param>
public sealed record InteractionRoute(InteractionKind Kind, string Key)
{
    /// <summary>Set when the handler may defer: how the pipeline names its work in apologies.</summary>
    public Deferral? Deferral { get; init; }

    /// <summary>
    /// Counted against the member's per-minute allowance before the handler runs: every command,
    /// button and form (a button pressed 30 times must not post 30 times), but not autocomplete,
    /// which Discord sends on each keystroke.
    /// </summary>
    public bool RateLimited { get; init; } = Kind != InteractionKind.Autocomplete;

    public static InteractionRoute Command(string name) => new(InteractionKind.Command, name);

    public static InteractionRoute Component(string customIdPrefix) => new(InteractionKind.Component, customIdPrefix);

    public static InteractionRoute Modal(string customIdPrefix) => new(InteractionKind.Modal, customIdPrefix);

    public static InteractionRoute Autocomplete(string commandName) => new(InteractionKind.Autocomplete, commandName);

    /// <summary>The prefix a custom id is routed by: up to its first <c>:</c>, or all of it.</summary>
    public static string PrefixOf(string customId)
    {
        var colon = customId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? customId : customId[..colon];
    }

    /// <summary>How the route reads in messages, e.g. <c>command /case-stats</c>.</summary>
    public override string ToString() => Kind switch
    {
        InteractionKind.Command => $"command /{Key}",
        InteractionKind.Autocomplete => $"autocomplete of /{Key}",
        InteractionKind.Component => $"component id prefix `{Key}`",
        _ => $"modal id prefix `{Key}`",
    };
}
