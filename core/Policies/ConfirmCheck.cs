using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// A given fact that members often get wrong (a draft "sent" in chat versus with the Deliver
/// button): when the fact has <see cref="GivenCode"/> and <see cref="AlternativeCode"/> would change
/// the advice, the answer asks the member to make sure. <see cref="Unless"/> holds when other facts
/// already settle it (finished work cannot have been an unfinished draft).
/// </summary>
public sealed record ConfirmCheck(FactDefinition Fact, int GivenCode, int AlternativeCode, int Line, Condition? Unless = null)
{
    /// <summary>The answer-book key of the question, e.g. <c>stage=draft-delivered</c>.</summary>
    public string Key => $"{Fact.Name}={Fact.Choices[AlternativeCode]}";
}
