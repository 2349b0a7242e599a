using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Understanding;

namespace ForumHelper.Core.GoldenCases;

/// <summary>Runs golden cases against a data set and says which expectations each one missed.</summary>
public static class GoldenCaseRunner
{
    /// <summary>Golden cases do not depend on the day; a fixed one keeps them repeatable.</summary>
    public static readonly DateOnly Day = new(2026, 11, 26);

    /// <summary>The value of <c>expect.facts</c> for a fact the text must not read.</summary>
    public const string Unknown = "unknown";

    public static GoldenCaseResult Run(GoldenCase golden, DataSet data)
    {
        if (golden.Text is not null)
        {
            return RunText(golden, data);
        }

        var facts = SlashLine.ParseFacts(golden.Ask);
        if (!facts.IsSuccess)
        {
            return new GoldenCaseResult(golden, facts.Problems.Select(p => "ask does not parse: " + p.Message).ToList());
        }

        var failures = new List<string>();
        CheckAnswer(golden, data, facts.Value, failures);
        return new GoldenCaseResult(golden, failures);
    }

    /// <summary>
    /// A text case: every fact read must be listed in <c>expect.facts</c> with the value read (a
    /// fact read but not listed fails too, so a misreading cannot hide), every listed fact must be
    /// read (or, listed <c>unknown</c>, not read), and the merged facts must need and get what it says.
    /// </summary>
    private static GoldenCaseResult RunText(GoldenCase golden, DataSet data)
    {
        var failures = new List<string>();
        var chosen = golden.Ask.Length == 0 ? new Dictionary<string, int>() : GoldenCaseLoader.Choices(golden.Ask) is { IsSuccess: true } bound ? bound.Value : null;
        if (chosen is null)
        {
            return new GoldenCaseResult(golden, ["ask does not parse"]);
        }

        var reading = data.Understanding.Read(golden.Text!);
        failures.AddRange(FactFailures(golden, reading));
        foreach (var fact in golden.Unclear.Where(f => !reading.Unclear.Contains(f)))
        {
            failures.Add($"`{fact}` is not unclear" + (reading.Facts.TryGetValue(fact, out var code) ? $": read as `{FactCatalog.Find(fact)!.Format(code)}`" : ": nothing signals it"));
        }

        var combined = FactCombiner.Combine(reading, chosen);
        if (!combined.Needs.SequenceEqual(golden.Needs))
        {
            failures.Add($"needs {(combined.Needs.Count == 0 ? "nothing" : Join(combined.Needs, ", "))}, expected {(golden.Needs.Count == 0 ? "nothing" : Join(golden.Needs, ", "))}");
        }

        if (combined.Facts is { } facts)
        {
            CheckAnswer(golden, data, facts, failures);
        }

        return new GoldenCaseResult(golden, failures);
    }

    private static IEnumerable<string> FactFailures(GoldenCase golden, DescriptionReading reading)
    {
        foreach (var fact in FactCatalog.All)
        {
            var listed = golden.Facts.TryGetValue(fact.Name, out var expected);
            var read = reading.Facts.TryGetValue(fact.Name, out var code);
            var from = read && reading.Evidence.TryGetValue(fact.Name, out var words) ? $" (from \"{words}\")" : "";
            if (read && (!listed || expected == Unknown))
            {
                yield return $"`{fact.Name}`: read as `{fact.Format(code)}`{from}, expected " + (listed ? "it unknown" : "no such fact (list it in `expect.facts` if the text says it)");
            }
            else if (read && fact.Format(code) != expected)
            {
                yield return $"`{fact.Name}`: read as `{fact.Format(code)}`{from}, expected `{expected}`";
            }
            else if (!read && listed && expected != Unknown)
            {
                yield return $"`{fact.Name}`: not read" + (reading.Unclear.Contains(fact.Name) ? " (unclear: weak or conflicting signals)" : "") + $", expected `{expected}`";
            }
        }
    }

    private static void CheckAnswer(GoldenCase golden, DataSet data, DisputeFacts facts, List<string> failures)
    {
        var advice = data.Answer(facts, Day).Advice;
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
    }

    private static string Join(IEnumerable<string> keys, string separator) => string.Join(separator, keys.Select(k => $"`{k}`"));
}
