using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;

namespace ForumHelper.Core.GoldenCases;

/// <summary>
/// Which rules and notes no golden case holds in place: a rule that answers no case, or a note that
/// adds its reason to no case's answer, could move or vanish without any check failing.
/// </summary>
public static class GoldenCaseCoverage
{
    public static IReadOnlyList<DataProblem> Uncovered(IEnumerable<GoldenCase> cases, DataSet data)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var notes = new HashSet<(Marketplace, int)>();
        // Text cases test the reader; the rules are held in place by the slash-line cases.
        foreach (var golden in cases.Where(c => c.Text is null))
        {
            var parsed = SlashLine.ParseFacts(golden.Ask);
            if (!parsed.IsSuccess)
            {
                continue;
            }

            var policy = data.Policies[parsed.Value.Marketplace];
            var advice = Advisor.Advise(parsed.Value, policy, GoldenCaseRunner.Day);
            rules.Add(Key(parsed.Value.Marketplace, advice.RuleId));
            var vector = parsed.Value.ToVector();
            for (var i = 0; i < policy.Table.Notes.Count; i++)
            {
                var note = policy.Table.Notes[i];
                if ((note.OnlyFor is null || note.OnlyFor.Contains(advice.Recommendation)) && note.When.Matches(vector))
                {
                    notes.Add((parsed.Value.Marketplace, i));
                }
            }
        }

        var problems = new List<DataProblem>();
        foreach (var (marketplace, policy) in data.Policies.OrderBy(p => p.Key))
        {
            foreach (var rule in policy.Table.Rules.Where(r => !rules.Contains(Key(marketplace, r.Id))))
            {
                problems.Add(new DataProblem(policy.File, rule.Line, $"rule `{rule.Id}` answers no golden case; add one that would fail if the rule moved"));
            }

            for (var i = 0; i < policy.Table.Notes.Count; i++)
            {
                if (!notes.Contains((marketplace, i)))
                {
                    var note = policy.Table.Notes[i];
                    problems.Add(new DataProblem(policy.File, note.Line, $"the note giving `{note.Reason}` applies to no golden case; add one it applies to"));
                }
            }
        }

        return problems;
    }

    private static string Key(Marketplace marketplace, string ruleId) => WireNames.Of(marketplace) + "/" + ruleId;
}
