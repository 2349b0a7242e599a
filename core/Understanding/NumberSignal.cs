using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// A pattern of the understanding file that finds a number for a fact: the number itself for a
/// number fact (<c>$40</c> is <c>value</c> 40), or, through thresholds, a value of a choice fact
/// (<c>2 days late</c> is 48 hours, so <c>late</c> is <c>very-late</c>).
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="Phrase">The phrase, with <c>{n}</c> or <c>{digits}</c> where the number stands; null for a regex.</param>
/// <param name="Pattern">The regex, with the number in group <c>n</c> and the unit in group <c>unit</c>; null for a phrase.</param>
/// <param name="Strength">How much it says on its own.</param>
/// <param name="Units">Unit word to factor (<c>days</c> is 24 hours), empty when it has no unit.</param>
/// <param name="Thresholds">For a choice fact: the code taken from each lowest number, highest first.</param>
/// <param name="NotAfter">Words that, up to two words before it, make it something else ("refund of $20").</param>
/// <param name="NotBefore">Words that, right after it, make it something else ("$20 back", "$30 per hour").</param>
/// <param name="Line">Its line in the file, for problems.</param>
internal sealed record NumberSignal(
    FactDefinition Fact,
    PhraseSequence? Phrase,
    Regex? Pattern,
    SignalStrength Strength,
    IReadOnlyDictionary<string, double> Units,
    IReadOnlyList<(double AtLeast, int Code)> Thresholds,
    IReadOnlySet<string> NotAfter,
    IReadOnlySet<string> NotBefore,
    int Line);
