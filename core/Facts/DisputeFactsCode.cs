using System.Text;

namespace ForumHelper.Core.Facts;

/// <summary>
/// A question's facts and day in a few dozen characters (<c>0014zzzzzzzz.2.k..2s..1uv</c>): what a
/// button carries so that any replica can give the same answer again, with no memory of the
/// question. It holds only what the member chose and the numbers they gave, which the answer they
/// see already shows; never an id or a name. The first part is the marketplace and then one base-36
/// digit per choice or yes/no fact (<c>z</c> when not given); then each number fact, base 36, empty
/// when not given; then the day. Decoding checks every value against the fact catalog, since a
/// button id comes back from the client and may have been forged.
/// </summary>
public static class DisputeFactsCode
{
    private const char Separator = '.';
    private const char NotGiven = 'z';
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static readonly DateOnly Epoch = new(2020, 1, 1);

    // The last day a code may carry: later ones (a forged 9999-11-01) would overflow the date
    // arithmetic of the answer (a cancellation's 60 days), so they are refused like any bad code.
    private static readonly DateOnly LastDay = new(2100, 12, 31);
    private static readonly int Marketplaces = Enum.GetValues<Marketplace>().Length;

    private static readonly FactDefinition[] Choices = [.. FactCatalog.DecisionFacts.Where(f => f.Kind != FactKind.Integer)];
    private static readonly FactDefinition[] Numbers = [.. FactCatalog.DecisionFacts.Where(f => f.Kind == FactKind.Integer)];

    // The marketplace and choices, each number, then the day.
    private static readonly int Parts = 1 + Numbers.Length + 1;

    // Buttons sent before `done`, `off-platform`, `due-in-hours`, `already`, `contract` and `funds`
    // existed carried the marketplace and the first ten facts, each in its own part; they stay valid.
    private const int LegacyFacts = 10;
    private const int LegacyParts = 1 + LegacyFacts + 1;

    /// <summary>The longest code any facts and day up to the year 2100 give; a button id must have room for it.</summary>
    public static int MaxLength { get; } = Encode(Largest(), LastDay).Length;

    public static string Encode(DisputeFacts facts, DateOnly day)
    {
        var text = new StringBuilder(40);
        AppendFacts(text, facts.ToVector().Codes, (int)facts.Marketplace);
        text.Append(Separator);
        Append(text, day.DayNumber - Epoch.DayNumber);
        return text.ToString();
    }

    /// <summary>
    /// The packed facts without a day: the marketplace (or <c>z</c>), one digit per choice fact, then
    /// each number fact. Shared with <see cref="ChosenFactsCode"/>, which may leave anything unknown.
    /// </summary>
    internal static void AppendFacts(StringBuilder text, int[] codes, int marketplace)
    {
        text.Append(marketplace < 0 ? NotGiven : Digits[marketplace]);
        foreach (var fact in Choices)
        {
            // Every choice fact has fewer than 35 values, so one digit holds it and `z` is free for "not given".
            text.Append(codes[fact.Index] == FactVector.Unknown ? NotGiven : Digits[codes[fact.Index]]);
        }

        foreach (var fact in Numbers)
        {
            text.Append(Separator);
            if (codes[fact.Index] != FactVector.Unknown)
            {
                Append(text, codes[fact.Index]);
            }
        }
    }

    /// <summary>How many <c>.</c>-separated parts <see cref="AppendFacts"/> writes.</summary>
    internal static int FactParts => 1 + Numbers.Length;

    /// <summary>The facts and day, or false for anything <see cref="Encode"/> could not have made (now or before the later facts).</summary>
    public static bool TryDecode(string? code, out DisputeFacts facts, out DateOnly day)
    {
        facts = null!;
        day = default;
        var parts = code?.Split(Separator);
        var codes = new int[FactCatalog.DecisionFactCount];
        Array.Fill(codes, FactVector.Unknown);
        int marketplace;
        if (parts?.Length == Parts)
        {
            if (!TryReadFacts(parts, codes, out marketplace, partial: false))
            {
                return false;
            }
        }
        else if (parts?.Length == LegacyParts)
        {
            if (!TryLegacy(parts, codes, out marketplace))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (!TryNumber(parts[^1], out var days) || days > LastDay.DayNumber - Epoch.DayNumber)
        {
            return false;
        }

        facts = DisputeFacts.FromVector(new FactVector(codes), (Marketplace)marketplace);
        day = DateOnly.FromDayNumber(Epoch.DayNumber + days);
        return true;
    }

    /// <summary>Reads what <see cref="AppendFacts"/> wrote (the first <see cref="FactParts"/> parts); <paramref name="partial"/> lets the marketplace and required facts be unknown.</summary>
    internal static bool TryReadFacts(string[] parts, int[] codes, out int marketplace, bool partial)
    {
        marketplace = -1;
        var head = parts[0];
        if (head.Length != 1 + Choices.Length)
        {
            return false;
        }

        if (head[0] != NotGiven || !partial)
        {
            marketplace = Digits.IndexOf(head[0], StringComparison.Ordinal);
            if (marketplace < 0 || marketplace >= Marketplaces)
            {
                return false;
            }
        }

        // A fact of one marketplace is checked against it; with the marketplace unknown, against any.
        var checkedAgainst = marketplace >= 0 ? marketplace : (int?)null;
        for (var i = 0; i < Choices.Length; i++)
        {
            var c = head[i + 1];
            if (c != NotGiven && !Store(Choices[i], Digits.IndexOf(c, StringComparison.Ordinal), checkedAgainst, codes))
            {
                return false;
            }

            if (c == NotGiven && Choices[i].Required && !partial)
            {
                return false;
            }
        }

        for (var i = 0; i < Numbers.Length; i++)
        {
            var part = parts[i + 1];
            if (part.Length > 0 && (!TryNumber(part, out var value) || !Store(Numbers[i], value, checkedAgainst, codes)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryLegacy(string[] parts, int[] codes, out int marketplace)
    {
        if (!TryNumber(parts[0], out marketplace) || marketplace >= Marketplaces)
        {
            return false;
        }

        for (var i = 0; i < LegacyFacts; i++)
        {
            var definition = FactCatalog.DecisionFacts[i];
            if (parts[i + 1].Length == 0)
            {
                if (definition.Required)
                {
                    return false;
                }

                continue;
            }

            if (!TryNumber(parts[i + 1], out var value) || !Store(definition, value, marketplace, codes))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Store(FactDefinition definition, int value, int? marketplace, int[] codes)
    {
        var allowed = value >= 0 && (marketplace is not { } m || definition.AppliesTo((Marketplace)m)) && definition.Kind switch
        {
            FactKind.Choice => value < definition.Choices.Count,
            FactKind.Boolean => value <= 1,
            _ => value >= definition.Min && value <= definition.Max,
        };
        if (allowed)
        {
            codes[definition.Index] = value;
        }

        return allowed;
    }

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
