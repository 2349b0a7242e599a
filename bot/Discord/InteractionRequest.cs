using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// What a handler may see of a verified interaction: the command or button data, the locale, the
/// reply token and the invoker's permissions, with the invoker and server already pseudonymized.
/// Raw Discord ids do not get past the dispatcher.
/// </summary>
/// <param name="Data">The command's options, or the button's id.</param>
/// <param name="Locale">The invoker's client language, e.g. <c>en-US</c>.</param>
/// <param name="Token">The token for editing the reply later (valid for 15 minutes).</param>
/// <param name="Place">Where it was used; only <see cref="InteractionPlace.Server"/> has a <paramref name="Server"/>.</param>
/// <param name="Permissions">The invoker's permissions in the channel (a decimal bit set), in a server.</param>
/// <param name="Roles">The invoker's role ids, in a server.</param>
/// <param name="Member">The invoker's pseudonym.</param>
/// <param name="Server">The server's pseudonym when the server installed the app; null in DMs and where only the member installed it.</param>
/// <param name="CaseId">For a route that logs a case: the case id, a keyed hash of the interaction's id, so a replay writes the same case.</param>
public sealed record InteractionRequest(
    InteractionData? Data,
    string? Locale,
    string? Token,
    InteractionPlace Place,
    string? Permissions,
    IReadOnlyList<string> Roles,
    string Member,
    string? Server,
    long? CaseId = null)
{
    /// <summary>
    /// Whether "Show in channel" means anything: in the bot's DM the only other reader is the bot,
    /// so the answer would just be posted again. A group DM or a server has others to show it to.
    /// </summary>
    public bool HasOthersToShowTo => Place != InteractionPlace.BotDm;
}
