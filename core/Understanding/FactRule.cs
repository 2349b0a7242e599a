using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Understanding;

/// <summary>How one fact is read: the rules of its values, or for a number fact how "I read this as" words the number.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Values">The rule of each value, by code (choice and yes/no facts).</param>
/// <param name="NumberSays">For a number fact, its words with <c>{n}</c> for the number; null otherwise.</param>
/// <param name="WeakAloneUnclear">Whether a lone weak hint makes the fact unclear (<c>weak-alone: unclear</c>, the default) or leaves it unsaid (<c>unsaid</c>: the marketplace, whose default is safe).</param>
internal sealed record FactRule(FactDefinition Fact, IReadOnlyDictionary<int, ValueRule> Values, string? NumberSays, bool WeakAloneUnclear = true);
