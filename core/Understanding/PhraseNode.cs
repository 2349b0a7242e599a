namespace ForumHelper.Core.Understanding;

/// <summary>One part of a compiled phrase: a word, a word's beginning, a gap, a placeholder, or a choice between ways (each a sequence of parts).</summary>
internal sealed record PhraseNode(PhraseNodeKind Kind, string Text, PhraseSequence[] Ways)
{
    public static PhraseNode Word(string text) => new(PhraseNodeKind.Word, text, []);

    public static PhraseNode Stem(string text) => new(PhraseNodeKind.Stem, text, []);

    public static PhraseNode Gap { get; } = new(PhraseNodeKind.Gap, "~", []);

    /// <summary>The placeholders of number phrases, by how they are written.</summary>
    public static IReadOnlyDictionary<string, PhraseNode> Placeholders { get; } = new Dictionary<string, PhraseNode>(StringComparer.Ordinal)
    {
        ["{n}"] = new(PhraseNodeKind.Number, "{n}", []),
        ["{digits}"] = new(PhraseNodeKind.Digits, "{digits}", []),
        ["{unit}"] = new(PhraseNodeKind.Unit, "{unit}", []),
    };

    /// <summary>Whether this word or stem accepts a token (placeholders are matched by the reader, which knows the number words and units).</summary>
    public bool Accepts(DescriptionToken token) => Kind switch
    {
        PhraseNodeKind.Word => token.Kind != TokenKind.Break && token.Text == Text,
        PhraseNodeKind.Stem => token.Kind == TokenKind.Word && token.Text.StartsWith(Text, StringComparison.Ordinal),
        _ => false,
    };
}
