using System.Text.Json.Serialization;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// The machine-readable answer of <c>ask --json</c>. With <c>--text</c> it also says what the
/// description gave; when a required fact is still unknown the answer's own fields are null or empty
/// and <see cref="Needs"/> lists what is missing.
/// </summary>
internal sealed record AnswerJson(
    string? Ask,
    string Marketplace,
    string? Recommendation,
    string? Rule,
    bool? Confident,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<OutcomeJson> Outcomes,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<string> Confirm,
    string? Question,
    string AnswerVersion,
    string? Text)
{
    /// <summary>With <c>--text</c>: fact to value (wire name, number, or true/false) taken from the description and used.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, object>? Understood { get; init; }

    /// <summary>With <c>--text</c>: fact to the words of the description that gave it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Evidence { get; init; }

    /// <summary>With <c>--text</c>: facts the description left unclear (weak or conflicting signals).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Unclear { get; init; }

    /// <summary>With <c>--text</c>: facts where the slash line's option won over what the description said.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Disagreements { get; init; }

    /// <summary>With <c>--text</c>: required facts still unknown (then there is no recommendation).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Needs { get; init; }
}
