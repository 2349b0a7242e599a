using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// Merges what a description gave with what the member chose (slash options, modal radio groups);
/// a choice wins over the text. The marketplace is the chosen one, else the described one, else
/// Fiverr; a fact of another marketplace read from the text is dropped (probably misread), and one
/// chosen is never passed on (refusing it is the binder's job: <see cref="FactBinder.NotOnMarketplace"/>).
/// </summary>
public static class FactCombiner
{
    /// <param name="reading">What the description gave.</param>
    /// <param name="chosen">Fact name to code, as <see cref="FactBinder.BindChoices"/> gives them.</param>
    /// <exception cref="ArgumentException">A name that is no fact, or a code the fact cannot take: a bug of the caller, not the member.</exception>
    public static CombinedFacts Combine(DescriptionReading reading, IReadOnlyDictionary<string, int> chosen)
    {
        Check(chosen, nameof(chosen));
        Check(reading.Facts, nameof(reading));
        var marketplace = MarketplaceOf(reading, chosen);
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        var understood = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        foreach (var fact in FactCatalog.All)
        {
            var read = reading.Facts.TryGetValue(fact.Name, out var fromText);
            if (chosen.TryGetValue(fact.Name, out var choice))
            {
                if (read && fromText != choice)
                {
                    disagreements.Add(fact.Name);
                }

                if (fact.AppliesTo(marketplace))
                {
                    merged[fact.Name] = choice;
                }
            }
            else if (read && fact.AppliesTo(marketplace))
            {
                merged[fact.Name] = fromText;
                understood[fact.Name] = fromText;
            }
        }

        var needs = FactCatalog.All.Where(f => f.Required && !merged.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        return new CombinedFacts(needs.Count == 0 ? Build(merged, marketplace) : null, understood, needs, disagreements);
    }

    /// <summary>The marketplace the combined facts are about: chosen, else described, else Fiverr.</summary>
    public static Marketplace MarketplaceOf(DescriptionReading reading, IReadOnlyDictionary<string, int> chosen) =>
        chosen.TryGetValue(FactCatalog.MarketplaceFact.Name, out var picked) ? (Marketplace)picked
        : reading.Facts.TryGetValue(FactCatalog.MarketplaceFact.Name, out var described) ? (Marketplace)described
        : Marketplace.Fiverr;

    private static DisputeFacts Build(Dictionary<string, int> merged, Marketplace marketplace)
    {
        var vector = new int[FactCatalog.DecisionFactCount];
        Array.Fill(vector, FactVector.Unknown);
        foreach (var fact in FactCatalog.DecisionFacts.Where(f => merged.ContainsKey(f.Name)))
        {
            vector[fact.Index] = merged[fact.Name];
        }

        return DisputeFacts.FromVector(new FactVector(vector), marketplace);
    }

    private static void Check(IReadOnlyDictionary<string, int> facts, string parameter)
    {
        foreach (var (name, code) in facts)
        {
            if (FactCatalog.Find(name) is not { } fact || !fact.IsValidCode(code))
            {
                throw new ArgumentException($"`{name}` with code {code} is not a fact value of the catalog.", parameter);
            }
        }
    }
}
