using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Humanizer;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// The words a moderator reads for a group's key: a recommendation's title from the answer book
/// (<c>Accept the cancellation</c>), a reason or the buyer's behaviour as the member was asked it
/// (the fact catalog's hints), other keys humanized (<c>Draft in chat</c>). Answer versions stay as
/// they are: they are identifiers. The CSV and JSON formats keep the keys.
/// </summary>
internal sealed class StatsLabels(AnswerBook? book)
{
    /// <summary>What a group without the fact is called (the key <c>unknown</c>).</summary>
    public const string NotGiven = "Not given";

    /// <summary>Keys in words without an answer book: recommendations humanized.</summary>
    public static StatsLabels Humanized { get; } = new(null);

    public string For(CaseGrouping grouping, string key)
    {
        if (grouping == CaseGrouping.AnswerVersion)
        {
            return key;
        }

        if (key == "unknown")
        {
            return NotGiven;
        }

        var words = grouping switch
        {
            CaseGrouping.Recommendation => book?.Recommendations.GetValueOrDefault(key)?.Title,
            CaseGrouping.Reason => FactCatalog.Reason.ChoiceHints.GetValueOrDefault(key),
            CaseGrouping.Buyer => FactCatalog.Buyer.ChoiceHints.GetValueOrDefault(key),
            CaseGrouping.AskedBy => FactCatalog.AskedBy.ChoiceHints.GetValueOrDefault(key),
            CaseGrouping.Feedback when key == "none" => "Not rated",
            _ => null,
        };
        return Capitalized(words ?? key.Humanize());
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
