namespace ForumHelper.Core.Understanding;

/// <summary>One part of a compiled phrase: a word, a word's beginning, a gap, a placeholder, or a choice between ways (each a sequence of parts).</summary>
internal sealed record PhraseNode(PhraseNodeKind Kind, string Text, PhraseSequence[] Ways)
{
    /// <summary>The ways of a group that are one plain word each, looked up at once instead of tried one by one.</summary>
    public IReadOnlySet<string> SingleWords { get; } = Ways.Where(IsSingleWord).Select(w => w.Nodes[0].Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>The other ways of a group (several words, a stem, a placeholder), tried in order.</summary>
    public PhraseSequence[] OtherWays { get; } = [.. Ways.Where(w => !IsSingleWord(w))];

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

    private static bool IsSingleWord(PhraseSequence way) => way.Nodes is [{ Kind: PhraseNodeKind.Word }];

    /// <summary>Whether this word or stem accepts a token (placeholders are matched by the reader, which knows the number words and units).</summary>
    public bool Accepts(DescriptionToken token) => Kind switch
    {
        PhraseNodeKind.Word => token.Kind != TokenKind.Break && token.Text == Text,
        PhraseNodeKind.Stem => token.Kind == TokenKind.Word && token.Text.StartsWith(Text, StringComparison.Ordinal),
        _ => false,
    };
}
