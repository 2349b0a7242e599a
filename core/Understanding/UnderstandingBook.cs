using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// The reader of members' own descriptions, tuned in <c>data/understanding/&lt;locale&gt;.yaml</c>:
/// turns "the buyer wants to cancel after I showed him the first draft in chat and now he doesn't
/// answer" into <c>asked-by:buyer stage:draft-in-chat buyer:silent</c>. Rule-based, in memory, in
/// well under a millisecond; it keeps nothing of what it reads.
/// </summary>
public sealed partial class UnderstandingBook
{
    /// <summary>Longer descriptions are read up to here (Discord's text inputs stop at 4,000 characters).</summary>
    public const int MaxDescriptionLength = 10_000;

    private readonly DescriptionReader _reader;
    private readonly IReadOnlyDictionary<string, FactRule> _rules;
    private readonly IReadOnlyDictionary<Marketplace, IReadOnlyDictionary<string, string>> _terms;

    internal UnderstandingBook(string locale, string file, UnderstandingLabels labels, DescriptionReader reader, IReadOnlyDictionary<string, FactRule> rules,
        IReadOnlyDictionary<Marketplace, IReadOnlyDictionary<string, string>> terms, int examples)
    {
        Locale = locale;
        File = file;
        Labels = labels;
        _reader = reader;
        _rules = rules;
        _terms = terms;
        Examples = examples;
    }

    public string Locale { get; }

    /// <summary>The file it was read from, for problems.</summary>
    public string File { get; }

    public UnderstandingLabels Labels { get; }

    /// <summary>How many <c>examples:</c> the file holds (each one checked when it was loaded).</summary>
    public int Examples { get; }

    /// <summary>The facts a description gives on clear evidence, their evidence, and the facts it leaves unclear.</summary>
    public DescriptionReading Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DescriptionReading.Empty;
        }

        var described = _reader.Prepare(text.Length > MaxDescriptionLength ? text[..MaxDescriptionLength] : text);
        return FactResolver.Resolve(_reader.Hits(described), _rules, described);
    }

    /// <summary>
    /// How "I read this as" words one fact's value ("a draft was shown in chat, not delivered"), in
    /// the marketplace's own terms (the client, on Upwork); null for a value the file cannot read.
    /// </summary>
    public string? Says(string fact, int code, Marketplace marketplace)
    {
        if (!_rules.TryGetValue(fact, out var rule))
        {
            return null;
        }

        var text = rule.NumberSays is { } numberSays
            ? numberSays.Replace("{n}", code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : rule.Values.TryGetValue(code, out var value) ? value.Says : null;
        if (text is null)
        {
            return null;
        }

        var terms = _terms[marketplace];
        return Term().Replace(text, match => terms.TryGetValue(match.Groups[1].Value, out var term) ? term : match.Value);
    }

    /// <summary>The words of each fact, in catalog order, for "I read this as: … · … · …".</summary>
    public IReadOnlyList<string> Describe(IReadOnlyDictionary<string, int> facts, Marketplace marketplace) =>
        [.. FactCatalog.All.Where(f => facts.ContainsKey(f.Name)).Select(f => Says(f.Name, facts[f.Name], marketplace)).OfType<string>()];

    [GeneratedRegex(@"\{(buyer|order)\}")]
    private static partial Regex Term();
}
