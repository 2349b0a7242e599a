using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.GoldenCases;

/// <summary>Runs golden cases against a data set and says which expectations each one missed.</summary>
public static class GoldenCaseRunner
{
    /// <summary>Golden cases do not depend on the day; a fixed one keeps them repeatable.</summary>
    public static readonly DateOnly Day = new(2026, 11, 26);

    public static GoldenCaseResult Run(GoldenCase golden, DataSet data)
    {
        var facts = SlashLine.ParseFacts(golden.Ask);
        if (!facts.IsSuccess)
        {
            return new GoldenCaseResult(golden, facts.Problems.Select(p => "ask does not parse: " + p.Message).ToList());
        }

        var advice = data.Answer(facts.Value, Day).Advice;
        var failures = new List<string>();
        if (golden.Recommendation.Count > 0 && !golden.Recommendation.Contains(advice.Recommendation))
        {
            failures.Add($"recommends `{advice.Recommendation}` (rule `{advice.RuleId}`), expected {Join(golden.Recommendation, " or ")}");
        }

        if (golden.Not.Contains(advice.Recommendation))
        {
            failures.Add($"recommends `{advice.Recommendation}` (rule `{advice.RuleId}`), which it must not");
        }

        var lackingReasons = golden.Reasons.Where(r => !advice.Reasons.Contains(r)).ToList();
        if (lackingReasons.Count > 0)
        {
            failures.Add($"lacks reason {Join(lackingReasons, ", ")}; gives {Join(advice.Reasons, ", ")}");
        }

        var asked = advice.Confirmations.Concat(advice.MissingFacts).Select(q => q.Fact.Name).ToList();
        var notAsked = golden.Missing.Where(f => !asked.Contains(f)).ToList();
        if (notAsked.Count > 0)
        {
            failures.Add($"does not ask about {Join(notAsked, ", ")}; asks about {(asked.Count == 0 ? "nothing" : Join(asked, ", "))}");
        }

        return new GoldenCaseResult(golden, failures);
    }

    private static string Join(IEnumerable<string> keys, string separator) => string.Join(separator, keys.Select(k => $"`{k}`"));
}
