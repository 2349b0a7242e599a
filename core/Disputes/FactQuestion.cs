using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Disputes;

/// <summary>
/// A fact whose answer would change the recommendation: either unknown (<see cref="Key"/> is the
/// fact name) or given but easily mistaken (<see cref="Key"/> is <c>fact=alternative</c>).
/// </summary>
/// <param name="Fact">The fact asked about.</param>
/// <param name="Key">The answer-book key of the question.</param>
/// <param name="CouldBecome">The recommendations another answer would lead to.</param>
public sealed record FactQuestion(FactDefinition Fact, string Key, IReadOnlyList<string> CouldBecome);
