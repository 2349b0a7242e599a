using System.Text;

namespace ForumHelper.Core.Facts;

/// <summary>
/// The facts a member has chosen so far, any of them possibly unknown (the marketplace and the
/// required ones too), packed as <see cref="DisputeFactsCode"/> packs them but without a day: what a
/// modal's or a follow-up select's id carries between the steps of a described question. Only
/// choices and numbers, never what the member wrote.
/// </summary>
public static class ChosenFactsCode
{
    /// <summary>Packs facts given by wire name (decision facts and <c>marketplace</c>); names that are not facts are left out.</summary>
    public static string Encode(IReadOnlyDictionary<string, int> chosen)
    {
        var codes = new int[FactCatalog.DecisionFactCount];
        Array.Fill(codes, FactVector.Unknown);
        var marketplace = -1;
        foreach (var (name, code) in chosen)
        {
            var fact = FactCatalog.Find(name);
            if (fact == FactCatalog.MarketplaceFact)
            {
                marketplace = code;
            }
            else if (fact is { Index: >= 0 })
            {
                codes[fact.Index] = code;
            }
        }

        var text = new StringBuilder(40);
        DisputeFactsCode.AppendFacts(text, codes, marketplace);
        return text.ToString();
    }

    /// <summary>The chosen facts by wire name, or false for anything <see cref="Encode"/> could not have made.</summary>
    public static bool TryDecode(string? code, out IReadOnlyDictionary<string, int> chosen)
    {
        chosen = new Dictionary<string, int>();
        var parts = code?.Split('.');
        if (parts is null || parts.Length != DisputeFactsCode.FactParts)
        {
            return false;
        }

        var codes = new int[FactCatalog.DecisionFactCount];
        Array.Fill(codes, FactVector.Unknown);
        if (!DisputeFactsCode.TryReadFacts(parts, codes, out var marketplace, partial: true))
        {
            return false;
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in FactCatalog.DecisionFacts.Where(f => codes[f.Index] != FactVector.Unknown))
        {
            found[fact.Name] = codes[fact.Index];
        }

        if (marketplace >= 0)
        {
            found[FactCatalog.MarketplaceFact.Name] = marketplace;
        }

        chosen = found;
        return true;
    }
}
