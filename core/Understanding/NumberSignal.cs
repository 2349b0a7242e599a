using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// A regex of the understanding file that finds a number for a fact: the number itself for a number
/// fact (<c>$40</c> is <c>value</c> 40), or, through thresholds, a value of a choice fact
/// (<c>2 days late</c> is 48 hours, so <c>late</c> is <c>very-late</c>).
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="Pattern">The regex, with the number in group <c>n</c> and an optional unit in group <c>unit</c>.</param>
/// <param name="Strength">How much it says on its own.</param>
/// <param name="Units">Unit word to factor (<c>days</c> is 24 hours), empty when the regex has no unit.</param>
/// <param name="Thresholds">For a choice fact: the code taken from each lowest number, highest first.</param>
/// <param name="Line">Its line in the file, for problems.</param>
internal sealed record NumberSignal(FactDefinition Fact, Regex Pattern, SignalStrength Strength, IReadOnlyDictionary<string, double> Units, IReadOnlyList<(double AtLeast, int Code)> Thresholds, int Line);
