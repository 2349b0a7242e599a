using ForumHelper.Core.Disputes;

namespace ForumHelper.Core.Answers;

/// <summary>
/// What placeholders are filled from: the advice, the path being described, and the answer-set
/// version. Each placeholder is computed at most once per answer (or per path, for the ones that
/// describe a path), since one answer fills the same date into many texts.
/// </summary>
public sealed class RenderContext
{
    private readonly string?[] _shared;
    private readonly string?[] _perOutcome;
    private readonly bool[] _sharedDone;
    private readonly bool[] _perOutcomeDone;

    /// <param name="advice">The advice being rendered.</param>
    /// <param name="outcome">The path being described; for summaries and reasons, the path whose rate change matters most.</param>
    /// <param name="answerVersion">The content hash of the data files.</param>
    /// <param name="withoutPersonalNumbers">Leave the member's own numbers out: placeholders that depend on them have no value.</param>
    public RenderContext(Advice advice, OptionOutcome? outcome, string answerVersion, bool withoutPersonalNumbers = false)
        : this(advice, outcome, answerVersion, withoutPersonalNumbers, new string?[Placeholders.Count], new bool[Placeholders.Count])
    {
    }

    private RenderContext(Advice advice, OptionOutcome? outcome, string answerVersion, bool withoutPersonalNumbers, string?[] shared, bool[] sharedDone)
    {
        Advice = advice;
        Outcome = outcome;
        AnswerVersion = answerVersion;
        WithoutPersonalNumbers = withoutPersonalNumbers;
        _shared = shared;
        _sharedDone = sharedDone;
        _perOutcome = new string?[Placeholders.Count];
        _perOutcomeDone = new bool[Placeholders.Count];
    }

    public Advice Advice { get; }
    public OptionOutcome? Outcome { get; }
    public string AnswerVersion { get; }
    public bool WithoutPersonalNumbers { get; }

    /// <summary>The same answer, describing another path; answer-wide values stay cached.</summary>
    public RenderContext ForOutcome(OptionOutcome outcome) => new(Advice, outcome, AnswerVersion, WithoutPersonalNumbers, _shared, _sharedDone);

    /// <summary>The placeholder's value for this answer, or null when the member's facts do not give one.</summary>
    public string? ValueOf(Placeholder placeholder)
    {
        // Every placeholder that is not always available comes from the member's numbers.
        if (WithoutPersonalNumbers && !placeholder.AlwaysAvailable)
        {
            return null;
        }

        var (values, done) = placeholder.PerOutcome ? (_perOutcome, _perOutcomeDone) : (_shared, _sharedDone);
        if (!done[placeholder.Index])
        {
            values[placeholder.Index] = placeholder.Value(this);
            done[placeholder.Index] = true;
        }

        return values[placeholder.Index];
    }
}
