using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary>
/// docs/ADVICE.md is where a maintainer argues with a rule: every rule of every policy must be in
/// it, saying what it stands on, so a rule added to the data without its reason fails here.
/// </summary>
public class AdviceDocTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "ADVICE.md"));

    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var policy in RealData.Set.Policies.Values)
        {
            foreach (var rule in policy.Table.Rules)
            {
                data.Add(policy.DisplayName, rule.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void AdviceDoc_EveryRule_IsListedUnderItsMarketplaceWithWhatItStandsOn(string marketplace, string ruleId)
    {
        var section = Lines.SkipWhile(line => line != "## " + marketplace).Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var row = section.FirstOrDefault(line => line.StartsWith($"| `{ruleId}` |", StringComparison.Ordinal));

        Assert.True(row is not null, $"docs/ADVICE.md has no row for {marketplace} rule `{ruleId}` under `## {marketplace}`");
        var cells = row.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
        Assert.True(cells.Length >= 5 && cells[^1].Length > 3, $"the row of `{ruleId}` does not say what it stands on: {row}");
    }
}
