using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;
using ForumHelper.Core.Understanding;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// The last step of a described question, shared by the form's submit and the follow-up selects:
/// with who asked and where the order is known, answer (<see cref="AdviceReply"/>) with what was
/// understood first; otherwise ask for just what is missing. What the member wrote is
/// never here: only the facts read from it.
/// </summary>
public sealed class DescribedAnswer(DataSetProvider data, AdviceReply answers)
{
    /// <param name="request">The interaction being answered.</param>
    /// <param name="chosen">What the member chose (typed options, the form's radio groups, the selects), by fact name.</param>
    /// <param name="combined">The chosen facts merged with what the text gave.</param>
    /// <param name="replace">Replace the message the select sits on, rather than post a new one.</param>
    public InteractionResponse Reply(InteractionRequest request, IReadOnlyDictionary<string, int> chosen, CombinedFacts combined, bool replace)
    {
        // Everything known so far, choices over text: what the next step carries, and what "I read this as" shows.
        var known = new Dictionary<string, int>(combined.Understood, StringComparer.Ordinal);
        foreach (var (name, code) in chosen)
        {
            known[name] = code;
        }

        if (combined.Facts is not { } facts)
        {
            var ask = ReadAsRenderer.Missing(known, combined.Needs, combined.Disagreements, data.Current);
            return replace ? Replies.Update(ask) : Replies.Message(ask);
        }

        var readAs = ReadAsRenderer.Line(known, combined.Disagreements, data.Current);
        var payload = answers.Private(request, facts, readAs, ChosenFactsCode.Encode(chosen));
        return replace ? Replies.Update(payload) : Replies.Message(payload);
    }

    /// <summary>Choices that do not fit the marketplace the question turned out to be about: said plainly, as for typed options.</summary>
    public static InteractionResponse Refused(IReadOnlyList<FactError> problems) =>
        Replies.Private(TextFit.Cut("I could not use those choices:\n" + string.Join("\n", problems.Select(p => $"• {p.Explained} Valid: {p.Valid}.")), AnswerLimits.Content));
}
