using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Understanding;

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
        return new AdvisedCase(answered, CaseRecords.From(answered, asker.Member, asker.Server, asker.Transport, now, asker.CaseId));
    }

    /// <summary>
    /// Reads a member's own description and merges it with what they chose (a choice wins), for both
    /// front ends. Refuses, as the binder does, a chosen fact of another marketplace than the one the
    /// choices and description settle on (<c>contract</c> when the question is about Fiverr). The
    /// description is read and dropped: never stored, logged or put in an error.
    /// </summary>
    /// <param name="data">The data set in use.</param>
    /// <param name="text">The member's description.</param>
    /// <param name="chosen">Fact name to code, from <see cref="FactBinder.BindChoices"/> or the modal's choices.</param>
    public Outcome<UnderstoodCase, FactError> Understand(DataSet data, string text, IReadOnlyDictionary<string, int> chosen)
    {
        var reading = data.Understanding.Read(text);
        var marketplace = FactCombiner.MarketplaceOf(reading, chosen);
        var refused = FactCatalog.All.Where(f => chosen.ContainsKey(f.Name) && !f.AppliesTo(marketplace)).Select(f => FactBinder.NotOnMarketplace(f, marketplace)).ToList();
        return refused.Count > 0
            ? Outcome<UnderstoodCase, FactError>.Failure(refused)
            : Outcome<UnderstoodCase, FactError>.Success(new UnderstoodCase(reading, FactCombiner.Combine(reading, chosen)));
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

        if (!data.Policies.TryGetValue(facts.Marketplace, out var policy))
        {
            return null;
        }

        // An answer for a channel carries the dispute in general words, for readers who never saw the question.
        var answer = data.BookFor(locale).Render(Advisor.Advise(facts, policy, day), withoutPersonalNumbers);
        return withoutPersonalNumbers ? answer with { Dispute = data.Understanding.Describe(facts.GeneralFacts(), facts.Marketplace) } : answer;
    }
}
