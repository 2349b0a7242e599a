using System.Text;

namespace ForumHelper.Core.Facts;

/// <summary>
/// A question's facts and day in a few dozen characters (<c>0.1.4.1..2.k.2s...0.1uv</c>): what a
/// button carries so that any replica can give the same answer again, with no memory of the
/// question. It holds only what the member chose and the numbers they gave, which the answer they
/// see already shows; never an id or a name. Decoding checks every value against the fact catalog,
/// since a button id comes back from the client and may have been forged.
/// </summary>
public static class DisputeFactsCode
{
    private const char Separator = '.';
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static readonly DateOnly Epoch = new(2020, 1, 1);

    // The last day a code may carry: later ones (a forged 9999-11-01) would overflow the date
    // arithmetic of the answer (a cancellation's 60 days), so they are refused like any bad code.
    private static readonly DateOnly LastDay = new(2100, 12, 31);
    private static readonly int Marketplaces = Enum.GetValues<Marketplace>().Length;

    // The marketplace, the decision facts in catalog order, then the day.
    private static readonly int Parts = FactCatalog.DecisionFactCount + 2;

    // Buttons sent before `done`, `off-platform`, `due-in-hours`, `already`, `contract` and `funds`
    // existed carried the first ten facts; they stay valid.
    private const int LegacyParts = 10 + 2;

    /// <summary>The longest code any facts and day up to the year 2100 give; a button id must have room for it.</summary>
    public static int MaxLength { get; } = Encode(Largest(), LastDay).Length;

    public static string Encode(DisputeFacts facts, DateOnly day)
    {
        var text = new StringBuilder(40);
        Append(text, (int)facts.Marketplace);
        var vector = facts.ToVector();
        for (var i = 0; i < FactCatalog.DecisionFactCount; i++)
        {
            text.Append(Separator);
            if (vector[i] != FactVector.Unknown)
            {
                Append(text, vector[i]);
            }
        }

        text.Append(Separator);
        Append(text, day.DayNumber - Epoch.DayNumber);
        return text.ToString();
    }

    /// <summary>The facts and day, or false for anything <see cref="Encode"/> could not have made.</summary>
    public static bool TryDecode(string? code, out DisputeFacts facts, out DateOnly day)
    {
        facts = null!;
        day = default;
        var parts = code?.Split(Separator);
        if (parts is null || (parts.Length != Parts && parts.Length != LegacyParts) || !TryNumber(parts[0], out var marketplace) || marketplace >= Marketplaces)
        {
            return false;
        }

        // A code from before the later facts existed carries fewer: those are unknown, as they were then.
        var carried = parts.Length - 2;
        var codes = new int[FactCatalog.DecisionFactCount];
        Array.Fill(codes, FactVector.Unknown);
        for (var i = 0; i < carried; i++)
        {
            var definition = FactCatalog.DecisionFacts[i];
            if (parts[i + 1].Length == 0)
            {
                codes[i] = FactVector.Unknown;
                if (definition.Required)
                {
                    return false;
                }

                continue;
            }

            if (!TryNumber(parts[i + 1], out var value) || !Allowed(definition, value) || !definition.AppliesTo((Marketplace)marketplace))
            {
                return false;
            }

            codes[i] = value;
        }

        if (!TryNumber(parts[^1], out var days) || days > LastDay.DayNumber - Epoch.DayNumber)
        {
            return false;
        }

        facts = DisputeFacts.FromVector(new FactVector(codes), (Marketplace)marketplace);
        day = DateOnly.FromDayNumber(Epoch.DayNumber + days);
        return true;
    }

    private static bool Allowed(FactDefinition definition, int value) => definition.Kind switch
    {
        FactKind.Choice => value < definition.Choices.Count,
        FactKind.Boolean => value <= 1,
        _ => value >= definition.Min && value <= definition.Max,
    };

    private static void Append(StringBuilder text, int value)
    {
        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        do
        {
            digits[--at] = Digits[value % 36];
            value /= 36;
        }
        while (value > 0);

        text.Append(digits[at..]);
    }

    // Non-negative base 36, lower case, at most six digits (so never past int.MaxValue), no leading zeros but "0" itself.
    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 6 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 36) + digit;
        }

        return true;
    }

    private static DisputeFacts Largest()
    {
        var codes = FactCatalog.DecisionFacts.Select(f => f.Kind switch
        {
            FactKind.Choice => f.Choices.Count - 1,
            FactKind.Boolean => 1,
            _ => f.Max,
        }).ToArray();
        return DisputeFacts.FromVector(new FactVector(codes), Enum.GetValues<Marketplace>().Max());
    }
}
