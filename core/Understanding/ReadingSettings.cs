namespace ForumHelper.Core.Understanding;

/// <summary>The <c>reading:</c> section of an understanding file: how text is split, negated and mended before signals are matched.</summary>
/// <param name="Negators">Words that turn a following signal around.</param>
/// <param name="ClauseBreakers">Words that end a negation's reach and a gap (<c>but</c>, <c>and</c>…).</param>
/// <param name="PassOver">The small words a negation reaches over; any other word ends its reach.</param>
/// <param name="Window">How many words before a signal a negator may stand.</param>
/// <param name="NumberWords">Numbers written as words (<c>two</c>, <c>a</c>).</param>
/// <param name="Units">Named unit tables: unit word to factor (<c>days</c> is 24 in the hours table).</param>
/// <param name="SameAs">Words written another way, read as listed (<c>didnt</c> as <c>didn't</c>).</param>
/// <param name="FixTowards">The only words a misspelling is mended into.</param>
/// <param name="LeaveAlone">Words never mended, though one letter from a word above.</param>
internal sealed record ReadingSettings(
    IReadOnlySet<string> Negators,
    IReadOnlySet<string> ClauseBreakers,
    IReadOnlySet<string> PassOver,
    int Window,
    IReadOnlyDictionary<string, double> NumberWords,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Units,
    IReadOnlyDictionary<string, string> SameAs,
    IReadOnlyList<string> FixTowards,
    IReadOnlyList<string> LeaveAlone);
