using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Answers;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// A button's answer, given again from the facts and day the button carries, through the same core
/// use case as <c>/cancel-advice</c> (worded by the data that is live now). Nothing about the
/// question is kept between requests.
/// </summary>
internal static class AnswerAgain
{
    /// <summary>The answer, or null when the facts code is missing or not one ForumHelper made.</summary>
    public static Answer? From(string? facts, DataSetProvider data, string? discordLocale, bool withoutPersonalNumbers = false) =>
        AdviceService.AnswerAgain(data.Current, facts, Language(discordLocale), withoutPersonalNumbers);

    /// <summary>Discord's locales are "en-US", "de"…; the answer books are named by language.</summary>
    public static string Language(string? discordLocale) => discordLocale is { Length: >= 2 } locale ? locale[..2] : "en";
}
