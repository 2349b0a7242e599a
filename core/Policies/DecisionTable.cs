using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// The ordered rules of one marketplace (first match wins) and the notes that add reasons.
/// Also knows, for each numeric fact, one representative value per interval its rules tell
/// apart, so every distinct situation can be enumerated.
/// </summary>
public sealed class DecisionTable
{
    private readonly DecisionRule[] _rules;

    public DecisionTable(IReadOnlyList<DecisionRule> rules, IReadOnlyList<DecisionNote> notes)
    {
        _rules = [.. rules];
        Notes = notes;
        Representatives = FactCatalog.DecisionFacts.Select(RepresentativesOf).ToArray();
    }

    public IReadOnlyList<DecisionRule> Rules => _rules;
    public IReadOnlyList<DecisionNote> Notes { get; }

    /// <summary>Per decision fact: every code worth trying (unknown, each choice, or one number per interval).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Representatives { get; }

    public DecisionRule? FirstMatch(FactVector facts)
    {
        foreach (var rule in _rules)
        {
            if (rule.When.Matches(facts))
            {
                return rule;
            }
        }

        return null;
    }

    private int[] RepresentativesOf(FactDefinition fact)
    {
        if (fact.Kind != FactKind.Integer)
        {
            return [.. fact.ChoiceCodes()];
        }

        // Interval starts: the minimum, and the value after each range end or at each range start.
        var starts = new SortedSet<int> { fact.Min };
        foreach (var test in _rules.SelectMany(rule => rule.When.Tests).Where(test => test.Fact == fact))
        {
            foreach (var (low, high) in test.Ranges)
            {
                if (low > fact.Min)
                {
                    starts.Add(low);
                }

                if (high < fact.Max)
                {
                    starts.Add(high + 1);
                }
            }
        }

        return [FactVector.Unknown, .. starts];
    }
}
