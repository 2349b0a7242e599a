namespace ForumHelper.Core.Facts;

/// <summary>
/// One fact a member can give: its wire name (what people type, what golden cases store),
/// description, type and valid values. The single source for parsing, validation, the decision
/// table and the Discord command definition.
/// </summary>
public sealed record FactDefinition
{
    /// <summary>Position in the fact vector, or -1 for a fact the decision table does not test.</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required FactKind Kind { get; init; }
    public bool Required { get; init; }

    /// <summary>Wire names of the choices, in ordinal order (choice facts only).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Short descriptions of the choices, where the wire name alone could be misread.</summary>
    public IReadOnlyDictionary<string, string> ChoiceHints { get; init; } = new Dictionary<string, string>();

    /// <summary>The marketplaces the fact applies to; empty for every marketplace.</summary>
    public IReadOnlyList<Marketplace> Marketplaces { get; init; } = [];

    public bool AppliesTo(Marketplace marketplace) => Marketplaces.Count == 0 || Marketplaces.Contains(marketplace);

    public int Min { get; init; }
    public int Max { get; init; }

    /// <summary>A one-line summary of the valid values, for error messages and help.</summary>
    public string ValidValues => Kind switch
    {
        FactKind.Choice => string.Join(", ", Choices),
        FactKind.Integer => $"a whole number from {Min} to {Max}",
        _ => "true, false",
    };

    /// <summary>A code as members type it: a choice's wire name, <c>true</c>/<c>false</c>, or the number.</summary>
    public string Format(int code) => Kind switch
    {
        FactKind.Choice => Choices[code],
        FactKind.Boolean => code == 1 ? "true" : "false",
        _ => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Whether <paramref name="code"/> is a value this fact can take (not <see cref="FactVector.Unknown"/>).</summary>
    public bool IsValidCode(int code) => Kind switch
    {
        FactKind.Choice => code >= 0 && code < Choices.Count,
        FactKind.Boolean => code is 0 or 1,
        _ => code >= Min && code <= Max,
    };

    /// <summary>Every code this fact can take, plus <see cref="FactVector.Unknown"/> unless required.</summary>
    internal IEnumerable<int> ChoiceCodes()
    {
        if (!Required)
        {
            yield return FactVector.Unknown;
        }

        var count = Kind == FactKind.Boolean ? 2 : Choices.Count;
        for (var code = 0; code < count; code++)
        {
            yield return code;
        }
    }
}
