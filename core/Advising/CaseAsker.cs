using ForumHelper.Core.Cases;

namespace ForumHelper.Core.Advising;

/// <summary>Who asked and from where, already pseudonymized by the front end: core never sees a raw id or name.</summary>
/// <param name="Member">The member's pseudonym.</param>
/// <param name="Server">The server's pseudonym, or null when the case counts in no server.</param>
/// <param name="Transport">How the question arrived.</param>
/// <param name="CaseId">The case id the front end derived from its request (<see cref="Pseudonymizer.CaseId"/>), so a replay writes the same case; null for a fresh random one.</param>
public sealed record CaseAsker(string Member, string? Server, Transport Transport, long? CaseId = null);
