namespace ForumHelper.Bot.Rendering;

/// <summary>The machine-readable answer of <c>ask --json</c>.</summary>
internal sealed record AnswerJson(
    string Ask,
    string Marketplace,
    string Recommendation,
    string Rule,
    bool Confident,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<OutcomeJson> Outcomes,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<string> Confirm,
    string? Question,
    string AnswerVersion,
    string Text);
