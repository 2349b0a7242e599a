namespace ForumHelper.Core.Answers;

/// <summary>
/// A keyed text with alternatives, most specific first: the first whose placeholders all have a
/// value is used. The last must use only placeholders that always have one.
/// </summary>
public sealed class AnswerText
{
    public AnswerText(string key, IReadOnlyList<TextTemplate> alternatives)
    {
        Key = key;
        Alternatives = alternatives;
    }

    public string Key { get; }
    public IReadOnlyList<TextTemplate> Alternatives { get; }

    public string Render(RenderContext context)
    {
        // Indexed, not foreach over the interface: a boxed enumerator per text adds up across an answer's dozens of texts.
        for (var i = 0; i < Alternatives.Count; i++)
        {
            if (Alternatives[i].TryRender(context) is { } text)
            {
                return text;
            }
        }

        // check-data guarantees a last alternative that always renders; this only guards a bypassed check.
        return Alternatives[^1].Source;
    }
}
