namespace ForumHelper.Core.Understanding;

/// <summary>What the negation rules say about a token, worked out once per description instead of at every match.</summary>
[Flags]
internal enum TokenMarks
{
    None = 0,

    /// <summary>Turns a following signal around (<c>not</c>, <c>never</c>).</summary>
    Negator = 1,

    /// <summary>Ends a clause: no gap or negation reaches across it (a break, <c>but</c>, <c>and</c>).</summary>
    EndsClause = 2,

    /// <summary>A small word a negation reaches over (<c>the</c>, <c>him</c>).</summary>
    PassOver = 4,
}
