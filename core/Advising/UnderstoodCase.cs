using ForumHelper.Core.Understanding;

namespace ForumHelper.Core.Advising;

/// <summary>A member's description, read and merged with what they chose: what to show as "I read this as", and what to answer.</summary>
/// <param name="Reading">What the description gave, with its evidence and what it left unclear.</param>
/// <param name="Combined">The merged facts; <see cref="CombinedFacts.Facts"/> is null while a required fact is unknown.</param>
public sealed record UnderstoodCase(DescriptionReading Reading, CombinedFacts Combined);
