namespace ForumHelper.Core.Understanding;

/// <summary>The words around what was read, in the understanding file's language.</summary>
/// <param name="ReadAs">Before the facts read: "I read this as".</param>
/// <param name="NothingRead">When the description gave no fact.</param>
/// <param name="Unclear">Before the facts the description left unclear.</param>
/// <param name="ChoiceWins">Before the facts where the member's choice overrode the description.</param>
/// <param name="Needs">Before the required facts still unknown.</param>
public sealed record UnderstandingLabels(string ReadAs, string NothingRead, string Unclear, string ChoiceWins, string Needs);
