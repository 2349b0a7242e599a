using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Policies;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// One recent answer, kept small: the facts, the policy and day that advised, the book that worded
/// it, whose it is, and until when it is kept. Buttons advise and render again (a few microseconds)
/// rather than keep a rendered answer (kilobytes) for every question of the last 15 minutes.
/// </summary>
public sealed record RecentCase(DisputeFacts Facts, MarketplacePolicy Policy, DateOnly Today, AnswerBook Book, string Member, DateTimeOffset Until)
{
    /// <summary>The same answer as given: the advisor is pure, and policy, day and book are the ones used then.</summary>
    public Answer Render(bool withoutPersonalNumbers = false) => Book.Render(Advisor.Advise(Facts, Policy, Today), withoutPersonalNumbers);
}
