using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// A button's answer, given again from the facts and day the button carries: the advisor is pure,
/// so any replica, at any time, gives the same advice the member saw (worded by the data that is
/// live now). Nothing about the question is kept between requests.
/// </summary>
internal static class AnswerAgain
{
    /// <summary>The answer, or null when the facts code is missing or not one ForumHelper made.</summary>
    public static Answer? From(string? facts, DataSetProvider data, string? discordLocale, bool withoutPersonalNumbers = false)
    {
        if (!DisputeFactsCode.TryDecode(facts, out var question, out var day))
        {
            return null;
        }

        var dataSet = data.Current;
        return dataSet.Policies.TryGetValue(question.Marketplace, out var policy)
            ? dataSet.BookFor(Language(discordLocale)).Render(Advisor.Advise(question, policy, day), withoutPersonalNumbers)
            : null;
    }

    /// <summary>Discord's locales are "en-US", "de"…; the answer books are named by language.</summary>
    public static string Language(string? discordLocale) => discordLocale is { Length: >= 2 } locale ? locale[..2] : "en";
}
