namespace ForumHelper.Core.Understanding;

/// <summary>One part of a compiled phrase: a word, a word's beginning, a gap, a placeholder, or a choice between ways (each a sequence of parts).</summary>
internal sealed record PhraseNode(PhraseNodeKind Kind, string Text, PhraseSequence[] Ways)
{
    /// <summary>The ways of a group that are one plain word each, looked up at once instead of tried one by one.</summary>
    public IReadOnlyList<string> SingleWords { get; } = [.. Ways.Where(IsSingleWord).Select(w => w.Nodes[0].Text)];

    /// <summary>The other ways of a group (several words, a stem, a placeholder), tried in order.</summary>
    public PhraseSequence[] OtherWays { get; } = [.. Ways.Where(w => !IsSingleWord(w))];

    /// <summary>A word's number in the reader's vocabulary, set once when the reader is built.</summary>
    public int Id { get; private set; } = -1;

    /// <summary><see cref="SingleWords"/> as a bit per vocabulary number, set once when the reader is built.</summary>
    public ulong[] SingleWordBits { get; private set; } = [];

    /// <summary>Numbers this word, or this group's one-word ways, from the reader's vocabulary.</summary>
    public void Bind(IReadOnlyDictionary<string, int> vocabulary)
    {
        if (Kind == PhraseNodeKind.Word)
        {
            Id = vocabulary[Text];
        }

        if (SingleWords.Count > 0)
        {
            var bits = new ulong[(vocabulary.Count + 63) / 64];
            foreach (var id in SingleWords.Select(word => vocabulary[word]))
            {
                bits[id >> 6] |= 1UL << id;
            }

            SingleWordBits = bits;
        }
    }

    /// <summary>Whether one of the group's one-word ways is the token.</summary>
    public bool HasSingleWord(DescriptionToken token) =>
        token.Id >= 0 && (token.Id >> 6) < SingleWordBits.Length && (SingleWordBits[token.Id >> 6] & (1UL << token.Id)) != 0;

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
        PhraseNodeKind.Word => Id >= 0 ? token.Id == Id : token.Kind != TokenKind.Break && token.Text == Text,
        PhraseNodeKind.Stem => token.Kind == TokenKind.Word && token.Text.StartsWith(Text, StringComparison.Ordinal),
        _ => false,
    };
}
