using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;
using ForumHelper.Core.Understanding;

namespace ForumHelper.Core.DataFiles;

/// <summary>
/// One validated, immutable version of the data files: a policy per marketplace, an answer book per
/// locale, and the reader of members' own descriptions. A running bot swaps whole data sets, never parts of one.
/// </summary>
public sealed class DataSet
{
    public const string DefaultLocale = "en";

    public required IReadOnlyDictionary<Marketplace, MarketplacePolicy> Policies { get; init; }
    public required IReadOnlyDictionary<string, AnswerBook> Books { get; init; }

    /// <summary>Reads a member's description into facts (<c>data/understanding/en.yaml</c>).</summary>
    public required UnderstandingBook Understanding { get; init; }

    /// <summary>A content hash of every policy, answer and understanding file: the answer-set version logged with each case.</summary>
    public required string Version { get; init; }

    /// <summary>Whether the exhaustive checks ran for this load, or a marker of an earlier run stood in for them.</summary>
    public DataCheckNote Check { get; init; } = DataCheckNote.Full;

    /// <summary>Advises on a dispute and words the advice in the given locale (English when the locale has no book).</summary>
    public AnsweredCase Answer(DisputeFacts facts, DateOnly today, string locale = DefaultLocale)
    {
        var advice = Advisor.Advise(facts, Policies[facts.Marketplace], today);
        return new AnsweredCase(advice, BookFor(locale).Render(advice), Version);
    }

    /// <summary>The answer book of a locale, or the default one when there is none for it.</summary>
    public AnswerBook BookFor(string locale) => Books.GetValueOrDefault(locale) ?? Books[DefaultLocale];
}
