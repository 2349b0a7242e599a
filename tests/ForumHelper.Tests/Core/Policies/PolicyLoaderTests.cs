using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;
using ForumHelper.Core.Yaml;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Policies;

public class PolicyLoaderTests
{
    private const string CatchAll = """
          - id: everything-else
            when: {}
            recommend: wait
            reasons: [r]
        """;

    [Fact]
    public void Load_ValidPolicy_ReadsNumbersPathsAndRules()
    {
        var (policy, file) = Load(PolicyText.With(CatchAll));

        Assert.Empty(file.Problems);
        Assert.NotNull(policy);
        Assert.Equal(60, policy.Numbers[PolicyNumbers.CompletionWindowDays]);
        Assert.Equal(["accept-cancellation", "wait"], policy.Paths.Keys.Order());
        Assert.Equal("everything-else", Assert.Single(policy.Table.Rules).Id);
    }

    [Theory]
    [InlineData("{ stage: [draft-in-chat, delivered] }", "/cancel-advice asked-by:buyer stage:delivered", true)]
    [InlineData("{ stage: [draft-in-chat, delivered] }", "/cancel-advice asked-by:buyer stage:completed", false)]
    [InlineData("{ stage: { not: delivered } }", "/cancel-advice asked-by:buyer stage:completed", true)]
    [InlineData("{ buyer: unknown }", "/cancel-advice asked-by:buyer stage:completed", true)]
    [InlineData("{ buyer: unknown }", "/cancel-advice asked-by:buyer stage:completed buyer:silent", false)]
    [InlineData("{ buyer: known }", "/cancel-advice asked-by:buyer stage:completed buyer:silent", true)]
    [InlineData("{ buyer: { not: hostile } }", "/cancel-advice asked-by:buyer stage:completed", true)]
    [InlineData("{ value: \">= 200\" }", "/cancel-advice asked-by:buyer stage:completed value:200", true)]
    [InlineData("{ value: \">= 200\" }", "/cancel-advice asked-by:buyer stage:completed value:199", false)]
    [InlineData("{ value: \">= 200\" }", "/cancel-advice asked-by:buyer stage:completed", false)]
    [InlineData("{ value: [unknown, \"> 50\"] }", "/cancel-advice asked-by:buyer stage:completed", true)]
    [InlineData("{ value: [unknown, \"> 50\"] }", "/cancel-advice asked-by:buyer stage:completed value:50", false)]
    [InlineData("{ rate: \"80..94\" }", "/cancel-advice asked-by:buyer stage:completed rate:94", true)]
    [InlineData("{ rate: \"80..94\" }", "/cancel-advice asked-by:buyer stage:completed rate:95", false)]
    [InlineData("{ reviews: \"< 10\" }", "/cancel-advice asked-by:buyer stage:completed reviews:9", true)]
    [InlineData("{ orders-60d: 0 }", "/cancel-advice asked-by:buyer stage:completed orders-60d:0", true)]
    [InlineData("{ promised-refund: true }", "/cancel-advice asked-by:buyer stage:completed promised-refund:true", true)]
    [InlineData("{ promised-refund: true }", "/cancel-advice asked-by:buyer stage:completed promised-refund:false", false)]
    public void Load_Condition_MatchesTheFactsItDescribes(string when, string ask, bool matches)
    {
        var (policy, file) = Load(PolicyText.With($"""
              - id: tested
                when: {when}
                recommend: accept-cancellation
                reasons: [r]
            {CatchAll}
            """));

        Assert.Empty(file.Problems);
        var facts = SlashLine.ParseFacts(ask).Value!;
        Assert.Equal(matches, policy!.Table.Rules[0].When.Matches(facts.ToVector()));
    }

    [Theory]
    [InlineData("when: { stage: draft }", "`draft` is not a value of `stage`; did you mean `draft-in-chat`?")]
    [InlineData("when: { stag: delivered }", "`stag` is not a fact rules can test; did you mean `stage`?")]
    [InlineData("when: { marketplace: upwork }", "`marketplace` is not a fact rules can test")]
    [InlineData("when: { value: \"> lots\" }", "`> lots` is not a number test for `value`")]
    [InlineData("when: { rate: \"> 100\" }", "`> 100` is not a number test for `rate`")]
    [InlineData("when: { value: \"> 2147483647\" }", "`> 2147483647` is not a number test for `value`")]
    [InlineData("when: { value: \"< -99999999999\" }", "`< -99999999999` is not a number test for `value`")]
    [InlineData("when: { buyer: Silent }", "`Silent` is not a value of `buyer`")]
    [InlineData("whenn: {}", "unknown key `whenn` in a rule; did you mean `when`?")]
    public void Load_BadRule_ReportsTheRuleLine(string badLine, string message)
    {
        var text = PolicyText.With($"""
              - id: broken
                {badLine}
                recommend: wait
                reasons: [r]
            {CatchAll}
            """);

        var (policy, file) = Load(text);

        Assert.Null(policy);
        var problem = Assert.Single(file.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(LineOf(text, badLine), problem.Line);
    }

    [Fact]
    public void Load_RecommendationNotAPath_SuggestsThePath()
    {
        var text = PolicyText.With("""
              - id: typo
                when: {}
                recommend: accept-cancelation
                reasons: [r]
            """);

        var (_, file) = Load(text);

        var problem = Assert.Single(file.Problems);
        Assert.Contains("did you mean `accept-cancellation`?", problem.Message);
        Assert.Equal(LineOf(text, "accept-cancelation"), problem.Line);
    }

    [Fact]
    public void Load_DuplicateRuleId_IsReported()
    {
        var (_, file) = Load(PolicyText.With(CatchAll + "\n" + CatchAll));

        Assert.Contains(file.Problems, p => p.Message.Contains("rule id `everything-else` is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingNumber_NamesIt()
    {
        var (_, file) = Load(PolicyText.With(CatchAll).Replace("  auto-complete-days: 3\n", "", StringComparison.Ordinal));

        Assert.Contains(file.Problems, p => p.Message == "`numbers` needs `auto-complete-days`");
    }

    [Fact]
    public void Load_RiskListEndingInCondition_IsReported()
    {
        var text = PolicyText.With(CatchAll).Replace("      - { is: low }\n    warning-risk:\n      - { is: none }\n  wait:", "    warning-risk:\n      - { is: none }\n  wait:", StringComparison.Ordinal);

        var (_, file) = Load(text);

        Assert.Contains(file.Problems, p => p.Message.Contains("must have no `when`", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsItsLine()
    {
        var (policy, file) = Load("marketplace: fiverr\nname: [unclosed\nchecked-on: x\n");

        Assert.Null(policy);
        var problem = Assert.Single(file.Problems);
        Assert.StartsWith("YAML syntax", problem.Message);
        Assert.InRange(problem.Line, 2, 4);
    }

    [Fact]
    public void Load_ConfirmAndQuestions_AreRead()
    {
        var (policy, file) = Load(PolicyText.With(CatchAll, """
            questions: [value, reviews]
            confirm:
              - { fact: stage, given: draft-in-chat, could-be: draft-delivered }
            """));

        Assert.Empty(file.Problems);
        Assert.Equal(["value", "reviews"], policy!.QuestionOrder.Take(2).Select(f => f.Name));
        // Every optional fact of Fiverr: the Upwork-only `contract` and `funds` are never asked there.
        Assert.Equal(FactCatalog.DecisionFacts.Count(f => !f.Required) - 2, policy.QuestionOrder.Count);
        Assert.DoesNotContain(policy.QuestionOrder, f => f.Name is "contract" or "funds");
        Assert.Equal("stage=draft-delivered", Assert.Single(policy.Confirmations).Key);
    }

    [Fact]
    public void Advise_WithLoadedPolicy_UsesFirstMatchingRule()
    {
        var (policy, _) = Load(PolicyText.With("""
              - id: buyer-asks
                when: { asked-by: buyer }
                recommend: accept-cancellation
                reasons: [a]
              - id: rest
                when: {}
                recommend: wait
                reasons: [b]
            """));

        var advice = Advisor.Advise(SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered").Value!, policy!, new DateOnly(2026, 11, 26));

        Assert.Equal("buyer-asks", advice.RuleId);
        Assert.Equal(RiskLevel.Medium, Assert.Single(advice.Outcomes).ReviewRisk);
    }

    [Fact]
    public void Load_OpenWhenList_OpensWhenAnyConditionHolds()
    {
        var (policy, file) = Load(PolicyText.With(CatchAll).Replace(
            "    open-when: { asked-by: nobody }",
            "    open-when:\n      - { asked-by: nobody }\n      - { asked-by: me, stage: not-started }",
            StringComparison.Ordinal));

        Assert.Empty(file.Problems);
        var wait = policy!.Paths["wait"];
        Assert.True(wait.IsOpen(SlashLine.ParseFacts("/cancel-advice asked-by:me stage:not-started").Value!.ToVector()));
        Assert.True(wait.IsOpen(SlashLine.ParseFacts("/cancel-advice asked-by:nobody stage:delivered").Value!.ToVector()));
        Assert.False(wait.IsOpen(SlashLine.ParseFacts("/cancel-advice asked-by:me stage:delivered").Value!.ToVector()));
    }

    [Fact]
    public void Load_EffectRows_FirstMatchingRowGivesTheValue()
    {
        var (policy, file) = Load(PolicyText.With(CatchAll).Replace(
            "    money: refund-all",
            "    money:\n      - { when: { stage: completed }, is: already-taken }\n      - { is: refund-all }",
            StringComparison.Ordinal));

        Assert.Empty(file.Problems);
        var money = policy!.Paths["accept-cancellation"].Money;
        Assert.Equal(MoneyEffect.AlreadyTaken, WhenRules.First(money, SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:completed").Value!.ToVector()));
        Assert.Equal(MoneyEffect.RefundAll, WhenRules.First(money, SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered").Value!.ToVector()));
    }

    [Fact]
    public void Load_UnknownEffectValue_SuggestsTheNearest()
    {
        var (_, file) = Load(PolicyText.With(CatchAll).Replace("    money: refund-all", "    money: refund-al", StringComparison.Ordinal));

        Assert.Contains(file.Problems, p => p.Message.Contains("(did you mean `refund-all`?)", StringComparison.Ordinal));
    }

    private static (MarketplacePolicy? Policy, YamlFile File) Load(string text)
    {
        var file = YamlFile.FromText("test.yaml", text);
        return (PolicyLoader.Load(file), file);
    }

    private static int LineOf(string text, string find) =>
        Array.FindIndex(text.Split('\n'), line => line.Contains(find, StringComparison.Ordinal)) + 1;
}
