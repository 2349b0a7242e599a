namespace ForumHelper.Core.Understanding;

/// <summary>How one value of a fact is read, besides its signals.</summary>
/// <param name="Code">The value's code.</param>
/// <param name="Says">How "I read this as" words it, or null when it is not readable.</param>
/// <param name="NegatedMeans">The value a negated signal of this one gives ("he never answered" is <c>silent</c>), or null.</param>
/// <param name="Outranks">Values this one wins over when both are clearly signalled (a later stage over an earlier one).</param>
/// <param name="Readable">False for a value no description can give (<c>reason: other</c>).</param>
/// <param name="ClearAfter">Values whose clear signal makes a weak signal of this one clear ("he said no" after "I asked for more time").</param>
internal sealed record ValueRule(int Code, string? Says, int? NegatedMeans, IReadOnlyList<int> Outranks, bool Readable, IReadOnlyList<int> ClearAfter);
