using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// The form a member describes a dispute in: "What happened?" in their own words, and four questions
/// as radio groups, pre-selected with whatever was already chosen. Nothing written in it is kept: its
/// id carries only the choices.
/// </summary>
internal static class DescribeForm
{
    /// <summary>The text field's id in the submit.</summary>
    public const string TextId = "what-happened";

    /// <summary>The most a member may write: a long paragraph, well inside Discord's 4,000.</summary>
    public const int MaxText = 1500;

    /// <summary>The facts asked as radio groups, in this order; Discord allows five components, the text takes one.</summary>
    public static readonly IReadOnlyList<FactDefinition> Questions = [FactCatalog.AskedBy, FactCatalog.Stage, FactCatalog.Done, FactCatalog.MarketplaceFact];

    private static readonly IReadOnlyDictionary<string, string> QuestionLabels = new Dictionary<string, string>
    {
        [FactCatalog.AskedBy.Name] = "Who asked to cancel?",
        [FactCatalog.Stage.Name] = "Where is the order?",
        [FactCatalog.Done.Name] = "How much of the work is done?",
        [FactCatalog.MarketplaceFact.Name] = "Which marketplace?",
    };

    public static ModalData For(IReadOnlyDictionary<string, int> chosen, DataSet data) => new(
        CustomIds.Describe + ":" + ChosenFactsCode.Encode(chosen),
        "Describe the dispute",
        [
            ModalComponent.Labelled("What happened?", "In your own words; leave out names. Optional if you answer below.",
                ModalComponent.Paragraph(TextId, MaxText, "e.g. The buyer wants to cancel after I showed a first draft in chat, and now he doesn't answer.")),
            .. Questions.Select(fact => ModalComponent.Labelled(QuestionLabels[fact.Name], null,
                ModalComponent.RadioGroup(fact.Name, Options(fact, chosen.TryGetValue(fact.Name, out var code) ? code : -1, data)))),
        ]);

    /// <summary>The choices in a form's submit, by fact name; a choice that is not one of the fact's values is ignored.</summary>
    public static Dictionary<string, int> Choices(IReadOnlyDictionary<string, string> submitted)
    {
        var choices = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in Questions)
        {
            if (submitted.TryGetValue(fact.Name, out var wire) && FactBinder.ParseValue(fact, wire) is { IsSuccess: true } parsed)
            {
                choices[fact.Name] = parsed.Value;
            }
        }

        return choices;
    }

    /// <summary>A fact's values as options: the hint in words where there is one, the marketplace's own name for the marketplace.</summary>
    public static IReadOnlyList<ChoiceOption> Options(FactDefinition fact, int selected, DataSet data) =>
    [
        .. fact.Choices.Select((wire, code) => new ChoiceOption(Limit(OptionLabel(fact, wire, code, data)), wire) { Default = code == selected ? true : null }),
    ];

    private static string OptionLabel(FactDefinition fact, string wire, int code, DataSet data)
    {
        if (fact == FactCatalog.MarketplaceFact)
        {
            return data.Policies.TryGetValue((Marketplace)code, out var policy) ? policy.DisplayName : wire;
        }

        return fact.ChoiceHints.TryGetValue(wire, out var hint) ? char.ToUpperInvariant(hint[0]) + hint[1..] : wire;
    }

    private static string Limit(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
