namespace ForumHelper.Bot.Discord;

/// <summary>
/// Who sends a sample interaction, and from where: a server member (with permissions and roles) or,
/// with <paramref name="DirectMessage"/>, the member in their DM with the app. Each sample has its
/// own interaction id and token, as each of Discord's does.
/// </summary>
/// <param name="Member">The member's user id (a snowflake).</param>
/// <param name="Permissions">The member's permissions in the channel, a decimal bit set (8192 is Manage Messages).</param>
/// <param name="Roles">The member's role ids in the server.</param>
/// <param name="DirectMessage">From the member's DM with the app: no server, no permissions or roles.</param>
/// <param name="InteractionId">The interaction's id; a case's id is derived from it.</param>
/// <param name="Token">The interaction token, with which a deferred reply is edited.</param>
public sealed record SampleSender(
    string Member,
    string Permissions,
    IReadOnlyList<string> Roles,
    bool DirectMessage,
    string InteractionId,
    string Token)
{
    /// <summary>A member of the sample server with no special permissions, with a fresh interaction id and token.</summary>
    public static SampleSender New(string member = SampleInteractions.Member, string permissions = "0", IReadOnlyList<string>? roles = null, bool directMessage = false) =>
        new(member, permissions, roles ?? [], directMessage, SampleInteractions.NewInteractionId(), "sample-" + Guid.NewGuid().ToString("N"));
}
