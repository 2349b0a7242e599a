using System.Threading.RateLimiting;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;

namespace ForumHelper.Bot.Commands;

/// <summary><c>/cancel-advice</c>: parse the options, advise (one core call), log the case, render the private answer.</summary>
public sealed class CancelAdviceCommand(
    DataSetProvider data,
    CaseLog log,
    PartitionedRateLimiter<string> limiter,
    TimeProvider time)
{
    private const int MaxProblemsShown = 5;
    private const int MaxMessage = AnswerLimits.Content;

    private readonly AdviceService _advice = new(time);

    public InteractionResponse Handle(InteractionRequest request)
    {
        using var lease = limiter.AttemptAcquire(request.Member);
        if (!lease.IsAcquired)
        {
            return Replies.Private("You have asked a lot of questions in the last minute. Take a breath, and ask again in a minute.");
        }

        var facts = FactBinder.Bind(OptionValues.ToPairs(request.Data?.Options));
        if (!facts.IsSuccess)
        {
            // A handful of problems is enough to fix the question, and the reply must stay within a message's 2000 characters.
            var problems = string.Join("\n", facts.Problems.Take(MaxProblemsShown).Select(p =>
                "• " + p.Message + (p.Suggestion is null ? "" : $" Did you mean `{p.Suggestion}`?") + $" Valid: {p.Valid}."));
            var more = facts.Problems.Count > MaxProblemsShown ? $"\n…and {facts.Problems.Count - MaxProblemsShown} more." : "";
            var reply = $"I could not read that question:\n{problems}{more}";
            return Replies.Private(TextFit.Cut(reply, MaxMessage));
        }

        var (answered, record) = _advice.Advise(data.Current, facts.Value, AnswerAgain.Language(request.Locale), new CaseAsker(request.Member, request.Server, Transport.Discord));
        log.TryEnqueue(new InsertCase(record));
        var factsCode = DisputeFactsCode.Encode(answered.Advice.Facts, answered.Advice.Today);
        return Replies.Message(DiscordAnswerRenderer.Private(answered.Answer, record.Id, factsCode, request.HasOthersToShowTo));
    }
}
