namespace ForumHelper.Core.Understanding;

/// <summary>One part of a compiled phrase: a word, a word's beginning, a gap, or a choice between ways (each a sequence of parts).</summary>
internal sealed record PhraseNode(PhraseNodeKind Kind, string Text, IReadOnlyList<PhraseNode[]> Ways)
{
    public static PhraseNode Word(string text) => new(PhraseNodeKind.Word, text, []);

    public static PhraseNode Stem(string text) => new(PhraseNodeKind.Stem, text, []);

    public static PhraseNode Gap { get; } = new(PhraseNodeKind.Gap, "~", []);

    /// <summary>Whether this word or stem accepts a token.</summary>
    public bool Accepts(DescriptionToken token) => Kind switch
    {
        PhraseNodeKind.Word => token.Kind != TokenKind.Break && token.Text == Text,
        PhraseNodeKind.Stem => token.Kind == TokenKind.Word && token.Text.StartsWith(Text, StringComparison.Ordinal),
        _ => false,
    };
}
