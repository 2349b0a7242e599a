using System.Globalization;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// "I read this as: the buyer sent a cancellation request · a draft shown in messages, not
/// delivered": what was understood, in the member's terms, and the follow-up that asks for what is
/// still missing.
/// </summary>
internal static class ReadAsRenderer
{
    private const string Separator = " · ";

    /// <summary>The line that opens a described answer; disagreements say which of the member's choices won over the text.</summary>
    public static string Line(IReadOnlyDictionary<string, int> known, IReadOnlyList<string> disagreements, DataSet data)
    {
        var phrases = FactCatalog.All.Where(f => known.ContainsKey(f.Name)).Select(f => Phrase(f, known[f.Name], data));
        var line = "**I read this as:** " + string.Join(Separator, phrases);
        if (disagreements.Count > 0)
        {
            line += $"\nYour text and your choices differed on {string.Join(", ", disagreements.Select(d => $"`{d}`"))}: I went with your choice.";
        }

        return line;
    }

    /// <summary>A private message with what was understood so far and one select per fact still missing.</summary>
    public static MessagePayload Missing(IReadOnlyDictionary<string, int> known, IReadOnlyList<string> needs, IReadOnlyList<string> disagreements, DataSet data)
    {
        var code = ChosenFactsCode.Encode(known);
        var rows = needs.Select(FactCatalog.Find).OfType<FactDefinition>().Take(MessagePayload.MaxRows)
            .Select(fact => Component.Row(Component.Select($"{CustomIds.Need}:{fact.Name}:{code}", Question(fact), DescribeForm.Options(fact, -1, data))))
            .ToList();
        var understood = known.Count > 0 ? Line(known, disagreements, data) + "\n\n" : "";
        return new MessagePayload
        {
            Content = TextFit.Cut(understood + "To answer, I still need to know " + string.Join(" and ", needs.Select(n => Question(FactCatalog.Find(n)!).ToLowerInvariant().TrimEnd('?'))) + ". Pick below and I'll answer straight away.", 2000),
            Components = rows,
            Flags = MessagePayload.EphemeralFlag,
        };
    }

    private static string Question(FactDefinition fact) => fact.Name switch
    {
        "asked-by" => "Who asked to cancel?",
        "stage" => "Where is the order?",
        _ => fact.Description,
    };

    /// <summary>One fact in words: the choice's hint where there is one, numbers with their unit.</summary>
    public static string Phrase(FactDefinition fact, int code, DataSet data)
    {
        if (fact == FactCatalog.MarketplaceFact)
        {
            return "on " + (data.Policies.TryGetValue((Marketplace)code, out var policy) ? policy.DisplayName : WireNames.Of((Marketplace)code));
        }

        return fact.Kind switch
        {
            FactKind.Choice => fact.ChoiceHints.TryGetValue(fact.Choices[code], out var hint) ? hint : $"{fact.Name}: {fact.Choices[code]}",
            FactKind.Boolean => fact == FactCatalog.PromisedRefund ? (code == 1 ? "you promised a refund if unhappy" : "no refund was promised") : $"{fact.Name}: {code == 1}",
            _ => Number(fact, code),
        };
    }

    private static string Number(FactDefinition fact, int value)
    {
        var number = value.ToString("N0", CultureInfo.InvariantCulture);
        return fact.Name switch
        {
            "value" => $"a ${number} order",
            "orders-60d" => value == 1 ? "1 order in the last 60 days" : $"{number} orders in the last 60 days",
            "rate" => $"a {number}% completion rate",
            "reviews" => value == 1 ? "1 review" : $"{number} reviews",
            "due-in-hours" => value == 1 ? "due in 1 hour" : $"due in {number} hours",
            _ => $"{fact.Name}: {number}",
        };
    }
}
