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
        var marketplace = known.TryGetValue(FactCatalog.MarketplaceFact.Name, out var code) ? (Marketplace)code : Marketplace.Fiverr;
        // The heading is the understanding file's, as the terminal's is: maintainers word it in one place.
        var line = $"**{data.Understanding.Labels.ReadAs}:** " + string.Join(Separator, data.Understanding.Describe(known, marketplace));
        if (disagreements.Count > 0)
        {
            line += $"\n{data.Understanding.Labels.ChoiceWins}: {string.Join(", ", disagreements.Select(d => $"`{d}`"))}.";
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
            // Worded from the understanding file, as the terminal's "still need" is: maintainers tune it in one place.
            Content = TextFit.Cut($"{understood}{data.Understanding.Labels.Needs}: {string.Join("; ", needs.Select(NeedWords))}. Pick below and I'll answer straight away.", 2000),
            Components = rows,
            Flags = MessagePayload.EphemeralFlag,
        };
    }

    private static string NeedWords(string fact) =>
        FactCatalog.Find(fact) is { } definition ? char.ToLowerInvariant(definition.Description[0]) + definition.Description[1..] : "`" + fact + "`";

    private static string Question(FactDefinition fact) => fact.Name switch
    {
        "asked-by" => "Who asked to cancel?",
        "stage" => "Where is the order?",
        _ => fact.Description,
    };
}
