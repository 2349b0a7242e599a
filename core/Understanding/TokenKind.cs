namespace ForumHelper.Core.Understanding;

/// <summary>What a piece of a description is, for the reader.</summary>
internal enum TokenKind
{
    /// <summary>Letters (and inner apostrophes): <c>didn't</c>, <c>buyer</c>.</summary>
    Word,

    /// <summary>Digits, with inner commas or points: <c>1,200</c>, <c>4.9</c>.</summary>
    Number,

    /// <summary>A sign read on its own: <c>$</c>, <c>%</c>, <c>€</c>, <c>£</c>, <c>+</c>, <c>:</c>.</summary>
    Symbol,

    /// <summary>The end of a sentence or clause (<c>. ! ? ; ,</c>, a dash, a new line): no phrase, gap or negation crosses it.</summary>
    Break,
}
