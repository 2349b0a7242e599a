using System.Net;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Why one Discord REST call failed, in one line a person can act on, with the HTTP status and
/// Discord's own error code when there were any.
/// </summary>
/// <param name="Status">The last HTTP status Discord answered with; null when no answer came (network failure, timeout).</param>
/// <param name="DiscordCode">The <c>code</c> of Discord's JSON error body (e.g. 50035 invalid form body), when it sent one.</param>
/// <param name="Message">What went wrong and what to do about it.</param>
public sealed record RestProblem(HttpStatusCode? Status, int? DiscordCode, string Message)
{
    public override string ToString() => Message;
}
