namespace ForumHelper.Core.Understanding;

/// <summary>The kinds of <see cref="PhraseNode"/>.</summary>
internal enum PhraseNodeKind
{
    /// <summary>One word, matched whole.</summary>
    Word,

    /// <summary>Any word that begins with the text (<c>cancel*</c>).</summary>
    Stem,

    /// <summary>Up to <see cref="NegationRules.GapWords"/> words of the same clause (<c>~</c>).</summary>
    Gap,

    /// <summary>One of several ways (<c>(a|b c)</c>).</summary>
    OneOf,

    /// <summary>One of several ways, or nothing (<c>[a|b]</c>).</summary>
    Optional,
}
