using System.Globalization;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Text;

namespace ForumHelper.Core.Facts;

/// <summary>
/// Turns <c>name:value</c> pairs (from a typed slash line or from Discord's options) into
/// <see cref="DisputeFacts"/>, collecting every problem rather than stopping at the first.
/// </summary>
public static class FactBinder
{
    public static Outcome<DisputeFacts, FactError> Bind(IEnumerable<KeyValuePair<string, string>> options)
    {
        var errors = new List<FactError>();
        var codes = Collect(options, errors);
        var failed = errors.Select(e => e.Option).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in FactCatalog.All.Where(f => f.Required && !codes.ContainsKey(f.Name) && !failed.Contains(f.Name)))
        {
            errors.Add(new FactError(fact.Name, $"`{fact.Name}` is required: {fact.Description.ToLowerInvariant()}.", fact.ValidValues, null));
        }

        return errors.Count > 0
            ? Outcome<DisputeFacts, FactError>.Failure(errors)
            : Outcome<DisputeFacts, FactError>.Success(FromChosen(codes));
    }

    /// <summary>
    /// Reads each given option into its code, by wire name, checking names, values, repeats and the
    /// marketplace a fact applies to, but not that the required ones are there: a question described
    /// in words may leave them for the text to give.
    /// </summary>
    public static Outcome<IReadOnlyDictionary<string, int>, FactError> BindChosen(IEnumerable<KeyValuePair<string, string>> options)
    {
        var errors = new List<FactError>();
        var codes = Collect(options, errors);
        return errors.Count > 0
            ? Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure(errors)
            : Outcome<IReadOnlyDictionary<string, int>, FactError>.Success(codes);
    }

    // The codes of every option that reads, by wire name; each problem goes to the list.
    private static Dictionary<string, int> Collect(IEnumerable<KeyValuePair<string, string>> options, List<FactError> errors)
    {
        // Facts are the catalog's singletons: compared by reference, not by hashing every field of the record.
        var codes = new Dictionary<FactDefinition, int>(ReferenceEqualityComparer.Instance);
        var given = new HashSet<FactDefinition>(ReferenceEqualityComparer.Instance);
        foreach (var (name, rawValue) in options)
        {
            var fact = FactCatalog.Find(name);
            if (fact is null)
            {
                var names = FactCatalog.All.Select(f => f.Name).ToArray();
                errors.Add(new FactError(Shorten(name), $"`{Shorten(name)}` is not an option of /{FactCatalog.CommandName}.",
                    string.Join(", ", names), NearestMatch.Find(name, names)));
                continue;
            }

            if (!given.Add(fact))
            {
                errors.Add(new FactError(name, $"`{name}` is given twice.", "each option once", null));
                continue;
            }

            var parsed = ParseValue(fact, rawValue);
            if (parsed.IsSuccess)
            {
                codes[fact] = parsed.Value;
            }
            else
            {
                errors.AddRange(parsed.Problems);
            }
        }

        // A fact of another marketplace (an Upwork contract type asked about Fiverr) would be silently
        // ignored by the rules; refused instead, as a wrong value is.
        var asked = codes.TryGetValue(FactCatalog.MarketplaceFact, out var askedCode) ? (Marketplace)askedCode : Marketplace.Fiverr;
        foreach (var fact in FactCatalog.All.Where(f => codes.ContainsKey(f) && !f.AppliesTo(asked)))
        {
            var where = string.Join(" or ", fact.Marketplaces.Select(m => WireNames.Of(m)));
            errors.Add(new FactError(fact.Name, $"`{fact.Name}` applies to {where} only, and this question is about {WireNames.Of(asked)}.",
                $"leave `{fact.Name}` out, or add `marketplace:{WireNames.Of(fact.Marketplaces[0])}`", null));
        }

        return codes.ToDictionary(pair => pair.Key.Name, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Facts from codes by wire name; the required facts must be among them.</summary>
    public static DisputeFacts FromChosen(IReadOnlyDictionary<string, int> chosen)
    {
        var vector = new int[FactCatalog.DecisionFactCount];
        Array.Fill(vector, FactVector.Unknown);
        foreach (var fact in FactCatalog.DecisionFacts.Where(f => chosen.ContainsKey(f.Name)))
        {
            vector[fact.Index] = chosen[fact.Name];
        }

        var marketplace = chosen.TryGetValue(FactCatalog.MarketplaceFact.Name, out var market) ? (Marketplace)market : Marketplace.Fiverr;
        return DisputeFacts.FromVector(new FactVector(vector), marketplace);
    }

    /// <summary>Parses one value into its code: a choice's ordinal, a number, or 0/1.</summary>
    public static Outcome<int, FactError> ParseValue(FactDefinition fact, string rawValue)
    {
        var value = rawValue.Trim();
        switch (fact.Kind)
        {
            case FactKind.Choice:
                for (var i = 0; i < fact.Choices.Count; i++)
                {
                    if (string.Equals(fact.Choices[i], value, StringComparison.OrdinalIgnoreCase))
                    {
                        return Outcome<int, FactError>.Success(i);
                    }
                }

                return Fail(fact, $"`{Shorten(value)}` is not a valid `{fact.Name}`.", NearestMatch.Find(value, fact.Choices));

            case FactKind.Integer:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return Fail(fact, $"`{fact.Name}` must be a whole number, not `{Shorten(value)}`.", null);
                }

                return number < fact.Min || number > fact.Max
                    ? Fail(fact, $"`{fact.Name}` is {number}, outside {fact.Min}–{fact.Max}.", null)
                    : Outcome<int, FactError>.Success((int)number);

            default:
                return bool.TryParse(value, out var flag)
                    ? Outcome<int, FactError>.Success(flag ? 1 : 0)
                    : Fail(fact, $"`{fact.Name}` must be true or false, not `{Shorten(value)}`.", NearestMatch.Find(value, ["true", "false"]));
        }
    }

    private static Outcome<int, FactError> Fail(FactDefinition fact, string message, string? suggestion) =>
        Outcome<int, FactError>.Failure([new FactError(fact.Name, message, fact.ValidValues, suggestion)]);

    /// <summary>
    /// What was typed, fit to echo inside backticks: at most 40 characters (a 100 KB value must not
    /// become a 100 KB error), and no backtick of its own that could close the code span early.
    /// </summary>
    internal static string Shorten(string value) => TextFit.ForCodeSpan(value, 40, "...");
}
