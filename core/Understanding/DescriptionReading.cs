namespace ForumHelper.Core.Understanding;

/// <summary>
/// What the reader took from a description. Keys are wire names of <see cref="Facts.FactCatalog"/>
/// facts ("asked-by", "stage", ..., "marketplace"). Holds a few words of the description as
/// evidence, to show the member; like the description itself, never stored or logged.
/// </summary>
/// <param name="Facts">Fact name to code (a choice's ordinal, the number, 0/1), only facts read on clear evidence.</param>
/// <param name="Evidence">Fact name to the words of the text that gave it (a short excerpt, for "I read this as").</param>
/// <param name="Unclear">Facts with weak or conflicting signals, in catalog order: ask, never guess.</param>
public sealed record DescriptionReading(
    IReadOnlyDictionary<string, int> Facts,
    IReadOnlyDictionary<string, string> Evidence,
    IReadOnlyList<string> Unclear)
{
    /// <summary>A description that said nothing the reader could use.</summary>
    public static DescriptionReading Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, string>(), []);
}
