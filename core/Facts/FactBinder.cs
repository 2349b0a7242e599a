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
        // Facts are the catalog's singletons: compared by reference, not by hashing every field of the record.
        var codes = new Dictionary<FactDefinition, int>(ReferenceEqualityComparer.Instance);
        var given = new HashSet<FactDefinition>(ReferenceEqualityComparer.Instance);
        ParseEach(options, codes, given, errors);

        // A fact of another marketplace (an Upwork contract type asked about Fiverr) would be silently
        // ignored by the rules; refused instead, as a wrong value is.
        var asked = codes.TryGetValue(FactCatalog.MarketplaceFact, out var askedCode) ? (Marketplace)askedCode : Marketplace.Fiverr;
        foreach (var fact in FactCatalog.All.Where(f => codes.ContainsKey(f) && !f.AppliesTo(asked)))
        {
            errors.Add(NotOnMarketplace(fact, asked));
        }

        foreach (var fact in FactCatalog.All.Where(f => f.Required && !given.Contains(f)))
        {
            errors.Add(new FactError(fact.Name, $"`{fact.Name}` is required: {fact.Description.ToLowerInvariant()}.", fact.ValidValues, null));
        }

        if (errors.Count > 0)
        {
            return Outcome<DisputeFacts, FactError>.Failure(errors);
        }

        var vector = new int[FactCatalog.DecisionFactCount];
        Array.Fill(vector, FactVector.Unknown);
        foreach (var (fact, code) in codes.Where(pair => pair.Key.Index >= 0))
        {
            vector[fact.Index] = code;
        }

        return Outcome<DisputeFacts, FactError>.Success(DisputeFacts.FromVector(new FactVector(vector), asked));
    }

    /// <summary>
    /// The facts a member chose, as wire name to code, when a description may give the rest: every
    /// name and value is checked as <see cref="Bind"/> checks it, but no fact is required, and a fact
    /// of one marketplace is refused only when the options themselves name another marketplace (the
    /// description may name it otherwise; <see cref="NotOnMarketplace"/> words the refusal then).
    /// </summary>
    public static Outcome<IReadOnlyDictionary<string, int>, FactError> BindChoices(IEnumerable<KeyValuePair<string, string>> options)
    {
        var errors = new List<FactError>();
        var codes = new Dictionary<FactDefinition, int>(ReferenceEqualityComparer.Instance);
        ParseEach(options, codes, new HashSet<FactDefinition>(ReferenceEqualityComparer.Instance), errors);
        if (codes.TryGetValue(FactCatalog.MarketplaceFact, out var chosenMarketplace))
        {
            foreach (var fact in FactCatalog.All.Where(f => codes.ContainsKey(f) && !f.AppliesTo((Marketplace)chosenMarketplace)))
            {
                errors.Add(NotOnMarketplace(fact, (Marketplace)chosenMarketplace));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure(errors);
        }

        // In catalog order, whatever order they were typed in.
        var chosen = FactCatalog.All.Where(codes.ContainsKey).ToDictionary(f => f.Name, f => codes[f], StringComparer.Ordinal);
        return Outcome<IReadOnlyDictionary<string, int>, FactError>.Success(chosen);
    }

    /// <summary>The refusal of a fact that does not apply to the question's marketplace (<c>contract</c> asked about Fiverr).</summary>
    public static FactError NotOnMarketplace(FactDefinition fact, Marketplace asked)
    {
        var where = string.Join(" or ", fact.Marketplaces.Select(m => WireNames.Of(m)));
        return new FactError(fact.Name, $"`{fact.Name}` applies to {where} only, and this question is about {WireNames.Of(asked)}.",
            $"leave `{fact.Name}` out, or add `marketplace:{WireNames.Of(fact.Marketplaces[0])}`", null);
    }

    private static void ParseEach(IEnumerable<KeyValuePair<string, string>> options, Dictionary<FactDefinition, int> codes, HashSet<FactDefinition> given, List<FactError> errors)
    {
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
