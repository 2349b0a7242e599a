using ForumHelper.Core.Cases;

namespace ForumHelper.Core.Advising;

/// <summary>Who asked and from where, already pseudonymized by the front end: core never sees a raw id or name.</summary>
/// <param name="Member">The member's pseudonym.</param>
/// <param name="Server">The server's pseudonym, or null when the case counts in no server.</param>
/// <param name="Transport">How the question arrived.</param>
public sealed record CaseAsker(string Member, string? Server, Transport Transport);
