namespace ForumHelper.Core.Understanding;

/// <summary>One word, number, sign or break of a description: its normalized text and where it stands in the original.</summary>
/// <param name="Text">Lower case, apostrophes straightened, spelling fixed (a break is <c>.</c>).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Its first character in the original text.</param>
/// <param name="End">One past its last character in the original text.</param>
/// <param name="Id">Its number in the reader's vocabulary (the words of the phrases), or -1.</param>
/// <param name="Marks">What the negation rules say about it.</param>
internal readonly record struct DescriptionToken(string Text, TokenKind Kind, int Start, int End, int Id = -1, TokenMarks Marks = TokenMarks.None);
