using System.Text;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Understanding;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// What <c>ask --text</c> took from the member's description, in the member's terms, before the
/// answer: "I read this as: the buyer asked to cancel · a draft was shown in chat, not delivered".
/// Only the reader's own words appear, never the description.
/// </summary>
internal static class TerminalReadingRenderer
{
    public static string Render(UnderstoodCase understood, UnderstandingBook book, int width)
    {
        var (reading, combined) = (understood.Reading, understood.Combined);
        var marketplace = combined.Facts?.Marketplace ?? FactCombiner.MarketplaceOf(reading, combined.Understood);
        var said = book.Describe(combined.Understood, marketplace);
        var text = new StringBuilder();
        if (said.Count > 0)
        {
            text.Append(TerminalText.Wrap($"{book.Labels.ReadAs}: {string.Join(" · ", said)}", width, "  ", "")).Append('\n');
        }
        else if (reading.Facts.Count == 0)
        {
            text.Append(TerminalText.Wrap(book.Labels.NothingRead, width, "  ", "")).Append('\n');
        }

        if (combined.Disagreements.Count > 0)
        {
            text.Append(TerminalText.Wrap($"{book.Labels.ChoiceWins}: {string.Join(", ", combined.Disagreements)}.", width, "  ", "")).Append('\n');
        }

        var unclear = reading.Unclear.Where(fact => !combined.Disagreements.Contains(fact) && !combined.Needs.Contains(fact)).ToList();
        if (unclear.Count > 0)
        {
            text.Append(TerminalText.Wrap($"{book.Labels.Unclear}: {string.Join(", ", unclear)}.", width, "  ", "")).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The line that says which required facts are still unknown, with how to give them.</summary>
    public static string Needs(CombinedFacts combined, UnderstandingBook book, int width)
    {
        var needs = combined.Needs.Select(name => FactCatalog.Find(name)!).Select(fact => $"{fact.Name} ({fact.Description.ToLowerInvariant()}: {fact.ValidValues})");
        var example = string.Join(" ", combined.Needs.Select(name => $"{name}:{FactCatalog.Find(name)!.Choices[0]}"));
        return TerminalText.Wrap($"{book.Labels.Needs}: {string.Join("; ", needs)}.", width, "  ", "") + "\n"
            + TerminalText.Wrap($"Add {(combined.Needs.Count == 1 ? "it" : "them")} as options before the description, e.g. forumhelper ask \"/{FactCatalog.CommandName} {example}\" --text \"...\"", width, "  ", "") + "\n";
    }
}
