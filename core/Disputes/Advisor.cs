using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;

namespace ForumHelper.Core.Disputes;

/// <summary>
/// Decides what to do about a dispute. Pure: the same facts, policy and day always give the same
/// advice; no I/O, no clock, no randomness.
/// </summary>
public static class Advisor
{
    /// <summary>The conflict every completion-rate marketplace can have: a rate no number of cancellations gives with these orders.</summary>
    public const string RateImpossibleConflict = "rate-impossible-for-orders";

    public static Advice Advise(DisputeFacts facts, MarketplacePolicy policy, DateOnly today)
    {
        if (facts.Marketplace != policy.Marketplace)
        {
            throw new ArgumentException($"Facts are for {facts.Marketplace}, the policy for {policy.Marketplace}.", nameof(policy));
        }

        var conflicts = Conflicts(facts, facts.ToVector(), policy);

        // What the rules see: the given facts, less a rate the orders show cannot be true.
        var used = RateFacts(facts, conflicts);
        var vector = used.ToVector();
        var rule = Decide(policy.Table, vector);
        var reasons = new List<string>(rule.Reasons);
        foreach (var note in policy.Table.Notes)
        {
            if ((note.OnlyFor is null || note.OnlyFor.Contains(rule.Recommendation)) && note.When.Matches(vector) && !reasons.Contains(note.Reason))
            {
                reasons.Add(note.Reason);
            }
        }

        return new Advice
        {
            Facts = facts,
            Policy = policy,
            Today = today,
            Recommendation = rule.Recommendation,
            RuleId = rule.Id,
            Confident = rule.Confident,
            Conflicts = conflicts,
            Reasons = reasons,
            RuleReasonCount = rule.Reasons.Count,
            Outcomes = Outcomes(used, vector, policy, rule.Recommendation, today),
            Confirmations = Confirmations(vector, policy, rule.Recommendation),
            MissingFacts = MissingFacts(vector, policy, rule),
        };
    }

    private static List<string> Conflicts(DisputeFacts facts, FactVector vector, MarketplacePolicy policy)
    {
        var found = new List<string>();
        if (policy.TracksCompletionRate && facts is { OrdersInWindow: { } orders, CompletionRate: { } rate } && !CompletionRate.IsPossible(orders, rate))
        {
            found.Add(RateImpossibleConflict);
        }

        foreach (var conflict in policy.Conflicts)
        {
            if (conflict.When.Matches(vector) && !found.Contains(conflict.Key))
            {
                found.Add(conflict.Key);
            }
        }

        return found;
    }

    // A rate the orders cannot give is named, and the arithmetic works from the orders alone rather than from a wrong number.
    private static DisputeFacts RateFacts(DisputeFacts facts, List<string> conflicts) =>
        conflicts.Contains(RateImpossibleConflict) ? facts with { CompletionRate = null } : facts;

    // The loader refuses a table that leaves any combination unanswered, so no match is a bug.
    private static DecisionRule Decide(DecisionTable table, FactVector vector) =>
        table.FirstMatch(vector) ?? throw new InvalidOperationException("The decision table has no rule for these facts; check-data should have refused it.");

    private static List<OptionOutcome> Outcomes(DisputeFacts facts, FactVector vector, MarketplacePolicy policy, string recommendation, DateOnly today)
    {
        var outcomes = new List<OptionOutcome>();
        var recommended = policy.Paths[recommendation];
        outcomes.Add(Outcome(recommended, true, facts, vector, policy, today));
        foreach (var path in policy.Paths.Values)
        {
            if (path != recommended && path.IsOpen(vector))
            {
                outcomes.Add(Outcome(path, false, facts, vector, policy, today));
            }
        }

        return outcomes;
    }

    private static OptionOutcome Outcome(PathDefinition path, bool recommended, DisputeFacts facts, FactVector vector, MarketplacePolicy policy, DateOnly today)
    {
        var rate = policy.TracksCompletionRate ? WhenRules.First(path.Rate, vector) : RateEffect.NotTracked;
        var mayCancel = rate is RateEffect.Cancellation or RateEffect.PossibleCancellation;
        return new OptionOutcome
        {
            Option = path.Key,
            Recommended = recommended,
            Rate = rate,
            RateChange = mayCancel ? CompletionRate.AfterOneCancellation(facts.OrdersInWindow, facts.CompletionRate) : null,
            RecoversOn = mayCancel ? CompletionRate.RecoveryDate(today, policy.Numbers[PolicyNumbers.CompletionWindowDays]) : null,
            ReviewRisk = WhenRules.First(path.ReviewRisk, vector),
            WarningRisk = WhenRules.First(path.WarningRisk, vector),
            Money = WhenRules.First(path.Money, vector),
        };
    }

    private static List<FactQuestion> Confirmations(FactVector vector, MarketplacePolicy policy, string recommendation)
    {
        var questions = new List<FactQuestion>();
        foreach (var check in policy.Confirmations)
        {
            if (vector[check.Fact.Index] != check.GivenCode || check.Unless?.Matches(vector) == true)
            {
                continue;
            }

            // Worth asking when the mix-up would change the recommendation or what a path risks
            // (a draft that went through Deliver turns "ask support" into a warning risk).
            var alternative = vector.With(check.Fact.Index, check.AlternativeCode);
            var other = Decide(policy.Table, alternative).Recommendation;
            if (other != recommendation || !SameRisks(policy, vector, alternative))
            {
                questions.Add(new FactQuestion(check.Fact, check.Key, [other]));
            }
        }

        return questions;
    }

    private static bool SameRisks(MarketplacePolicy policy, FactVector a, FactVector b)
    {
        foreach (var path in policy.Paths.Values)
        {
            var open = path.IsOpen(a);
            if (open != path.IsOpen(b))
            {
                return false;
            }

            if (open && (WhenRules.First(path.ReviewRisk, a) != WhenRules.First(path.ReviewRisk, b)
                || WhenRules.First(path.WarningRisk, a) != WhenRules.First(path.WarningRisk, b)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Unknown facts whose answer could change the recommendation, found two ways: giving one
    /// unknown fact a value makes a different rule decide; or an earlier rule with another
    /// recommendation holds on every known fact and needs only unknown ones (it may need several
    /// at once, like a small order *and* few reviews).
    /// </summary>
    private static List<FactQuestion> MissingFacts(FactVector vector, MarketplacePolicy policy, DecisionRule matched)
    {
        var found = new Dictionary<FactDefinition, List<string>>(ReferenceEqualityComparer.Instance);
        void Add(FactDefinition fact, string recommendation)
        {
            if (!found.TryGetValue(fact, out var list))
            {
                found[fact] = list = [];
            }

            if (!list.Contains(recommendation))
            {
                list.Add(recommendation);
            }
        }

        // One copy of the facts, each unknown fact set in turn and put back: a copy per probe was most of an answer's garbage.
        var probe = vector.Copy();
        foreach (var fact in policy.QuestionOrder)
        {
            if (vector[fact.Index] != FactVector.Unknown)
            {
                continue;
            }

            var codes = policy.Table.Representatives[fact.Index];
            for (var i = 0; i < codes.Count; i++)
            {
                var code = codes[i];
                if (code == FactVector.Unknown)
                {
                    continue;
                }

                probe.Set(fact.Index, code);
                var other = Decide(policy.Table, probe).Recommendation;
                if (other != matched.Recommendation)
                {
                    Add(fact, other);
                }
            }

            probe.Set(fact.Index, FactVector.Unknown);
        }

        foreach (var rule in policy.Table.Rules)
        {
            if (rule == matched)
            {
                break;
            }

            if (rule.Recommendation == matched.Recommendation)
            {
                continue;
            }

            var needed = NeededUnknownFacts(rule, vector);
            foreach (var fact in needed ?? [])
            {
                Add(fact, rule.Recommendation);
            }
        }

        var questions = new List<FactQuestion>(found.Count);
        foreach (var fact in policy.QuestionOrder)
        {
            if (found.TryGetValue(fact, out var alternatives))
            {
                questions.Add(new FactQuestion(fact, fact.Name, alternatives));
            }
        }

        return questions;
    }

    /// <summary>The unknown facts an earlier rule needs a value for, or null when a known fact already rules it out.</summary>
    private static List<FactDefinition>? NeededUnknownFacts(DecisionRule rule, FactVector vector)
    {
        List<FactDefinition>? needed = null;
        var tests = rule.When.Tests;
        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i];
            var code = vector[test.Fact.Index];
            if (code != FactVector.Unknown)
            {
                if (!test.Accepts(code))
                {
                    return null;
                }
            }
            else if (!test.AcceptsUnknown)
            {
                (needed ??= []).Add(test.Fact);
            }
        }

        return needed;
    }
}
