using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Advising;

/// <summary>
/// The one use case both front ends call, so the terminal and Discord cannot drift: advise on a
/// dispute on today's date (UTC, one rule everywhere), word it, and build the case record.
/// </summary>
public sealed class AdviceService(TimeProvider time)
{
    /// <summary>Answers <paramref name="facts"/> for <paramref name="asker"/>; <paramref name="today"/> overrides the clock's day (e.g. <c>ask --today</c>).</summary>
    public AdvisedCase Advise(DataSet data, DisputeFacts facts, string locale, CaseAsker asker, DateOnly? today = null)
    {
        var now = time.GetUtcNow();
        var answered = data.Answer(facts, today ?? DateOnly.FromDateTime(now.UtcDateTime), locale);
        var record = CaseRecords.From(answered, asker.Member, asker.Server, asker.Transport, now);
        return new AdvisedCase(answered, asker.CaseId is { } id ? record with { Id = id } : record);
    }

    /// <summary>
    /// The answer again from the facts and day a button carries (<see cref="DisputeFactsCode"/>): the
    /// advisor is pure, so any replica, at any time, gives the advice the member saw. Null when the
    /// code is missing or not one ForumHelper made.
    /// </summary>
    public static Answer? AnswerAgain(DataSet data, string? factsCode, string locale, bool withoutPersonalNumbers = false)
    {
        if (!DisputeFactsCode.TryDecode(factsCode, out var facts, out var day))
        {
            return null;
        }

        return data.Policies.TryGetValue(facts.Marketplace, out var policy)
            ? data.BookFor(locale).Render(Advisor.Advise(facts, policy, day), withoutPersonalNumbers)
            : null;
    }
}
