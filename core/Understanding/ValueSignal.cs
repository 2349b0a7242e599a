using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>A phrase or a regex of the understanding file that signals one value of a fact, or (<see cref="Ignored"/>) words that only look like a signal.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Code">The value's code.</param>
/// <param name="Strength">How much it says on its own.</param>
/// <param name="Line">Its line in the file, for problems.</param>
/// <param name="Phrase">The compiled phrase, or null for a regex.</param>
/// <param name="Pattern">The regex over the normalized text, or null for a phrase.</param>
internal sealed record ValueSignal(FactDefinition Fact, int Code, SignalStrength Strength, int Line, PhraseSequence? Phrase, Regex? Pattern)
{
    /// <summary>The code of an <c>ignore:</c> phrase: it silences the shorter signals it overlaps, and says nothing itself.</summary>
    public const int Ignored = -2;
}
