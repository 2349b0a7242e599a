using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// A given fact that members often get wrong (a draft "sent" in chat versus with the Deliver
/// button): when the fact has <see cref="GivenCode"/> and <see cref="AlternativeCode"/> would change
/// the advice, the answer asks the member to make sure.
/// </summary>
public sealed record ConfirmCheck(FactDefinition Fact, int GivenCode, int AlternativeCode, int Line)
{
    /// <summary>The answer-book key of the question, e.g. <c>stage=draft-delivered</c>.</summary>
    public string Key => $"{Fact.Name}={Fact.Choices[AlternativeCode]}";
}
