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

    /// <summary>A number, in digits or a number word (<c>{n}</c>, in <c>numbers:</c> only).</summary>
    Number,

    /// <summary>A number in digits (<c>{digits}</c>, in <c>numbers:</c> only).</summary>
    Digits,

    /// <summary>A word of the item's unit table (<c>{unit}</c>, in <c>numbers:</c> only).</summary>
    Unit,
}
