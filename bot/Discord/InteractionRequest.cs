using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>A verified, parsed interaction, with the invoker already pseudonymized (raw ids go no further).</summary>
/// <param name="Interaction">What Discord sent.</param>
/// <param name="Member">The invoker's pseudonym.</param>
/// <param name="Server">The server's pseudonym, or null in a DM.</param>
public sealed record InteractionRequest(Interaction Interaction, string Member, string? Server);
