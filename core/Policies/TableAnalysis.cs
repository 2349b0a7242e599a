using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// Proves a decision table complete by trying every combination of the enum facts (each value and
/// unknown) and one number from every interval the rules tell apart: each must reach a rule.
/// The same walk finds rules that never fire.
/// </summary>
public static class TableAnalysis
{
    private const int MaxExamples = 5;

    public static TableReport Analyze(DecisionTable table)
    {
        var choices = table.Representatives.Select(r => r.ToArray()).ToArray();
        var positions = new int[choices.Length];
        var codes = choices.Select(c => c[0]).ToArray();
        var vector = new FactVector(codes);
        var witnesses = new Dictionary<DecisionRule, FactVector>();
        var examples = new List<FactVector>();
        long combinations = 0;
        long unanswered = 0;

        while (true)
        {
            combinations++;
            var rule = table.FirstMatch(vector);
            if (rule is null)
            {
                unanswered++;
                if (examples.Count < MaxExamples)
                {
                    examples.Add(new FactVector((int[])codes.Clone()));
                }
            }
            else if (!witnesses.ContainsKey(rule))
            {
                witnesses[rule] = new FactVector((int[])codes.Clone());
            }

            // Odometer step over the representatives, last fact fastest.
            var fact = choices.Length - 1;
            while (fact >= 0 && ++positions[fact] == choices[fact].Length)
            {
                positions[fact] = 0;
                codes[fact] = choices[fact][0];
                fact--;
            }

            if (fact < 0)
            {
                break;
            }

            codes[fact] = choices[fact][positions[fact]];
        }

        var neverFiring = table.Rules.Where(rule => !witnesses.ContainsKey(rule)).ToList();
        return new TableReport(combinations, neverFiring, unanswered, examples, witnesses);
    }
}
