using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>A signal found in one description.</summary>
/// <param name="Fact">The fact it speaks to.</param>
/// <param name="Code">The value it signals (for a number fact, the number).</param>
/// <param name="Strength">How much it says on its own.</param>
/// <param name="First">Its first token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="Negator">The token of the negator that turns it around, or -1.</param>
/// <param name="Key">The words matched, for hints: two hints count as two only when they differ (empty for strong signals, which need no count).</param>
/// <param name="OutOfRange">A number outside what the fact allows (a 150% rate): never taken.</param>
internal readonly record struct SignalHit(FactDefinition Fact, int Code, SignalStrength Strength, int First, int End, int Negator, string Key, bool OutOfRange = false)
{
    public bool Negated => Negator >= 0;

    public int Length => End - First;

    public bool Overlaps(SignalHit other) => First < other.End && other.First < End;

    /// <summary>The first token of the excerpt that shows it, its negator included.</summary>
    public int ExcerptStart => Negated ? Math.Min(First, Negator) : First;
}
