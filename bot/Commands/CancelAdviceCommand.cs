using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// <c>/cancel-advice</c>: parse the options, then the private answer (<see cref="AdviceReply"/>: advise, log, render). Without who asked and where the order is, it opens the form to describe the dispute
/// instead, with the options given pre-selected.
/// </summary>
public sealed class CancelAdviceCommand(DataSetProvider data, AdviceReply answers) : IRoutedInteractionHandler
{
    private const int MaxProblemsShown = 5;
    private const int MaxMessage = AnswerLimits.Content;

    /// <summary>Rate limited per member, as every route but autocomplete is: each answer is logged as a case.</summary>
    public static InteractionRoute Route { get; } = InteractionRoute.Command(CommandNames.CancelAdvice) ;

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        var options = OptionValues.ToPairs(request.Data?.Options);
        var facts = FactBinder.Bind(options);
        if (facts.IsSuccess)
        {
            return Replies.Message(answers.Private(request, facts.Value));
        }

        // Only a question that does not bind is read again for its choices: one parse on the common path.
        var chosen = FactBinder.BindChoices(options);
        if (chosen.IsSuccess && FactCatalog.All.Any(f => f.Required && !chosen.Value.ContainsKey(f.Name)))
        {
            return Replies.Form(DescribeForm.For(chosen.Value, data.Current));
        }

        // A handful of problems is enough to fix the question, and the reply must stay within a message's 2000 characters.
        var problems = string.Join("\n", facts.Problems.Take(MaxProblemsShown).Select(p => $"• {p.Explained} Valid: {p.Valid}."));
        var more = facts.Problems.Count > MaxProblemsShown ? $"\n…and {facts.Problems.Count - MaxProblemsShown} more." : "";
        var reply = $"I could not read that question:\n{problems}{more}";
        return Replies.Private(TextFit.Cut(reply, MaxMessage));
    }
}
