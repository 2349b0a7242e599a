using ForumHelper.Core.Policies;
using ForumHelper.Core.Yaml;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Policies;

public class TableAnalysisTests
{
    [Fact]
    public void Analyze_TableWithoutFallback_CountsUnansweredSituations()
    {
        var table = Table("""
              - id: buyer-only
                when: { asked-by: buyer }
                recommend: accept-cancellation
                reasons: [a]
            """);

        var report = TableAnalysis.Analyze(table);

        // 5 asked-by × 6 stages × 8 reasons × 4 buyer × 4 late × 3 promised-refund; numbers untested: 2 each (unknown, known).
        Assert.Equal(5L * 6 * 8 * 4 * 4 * 3 * 16, report.Combinations);
        Assert.Equal(report.Combinations * 4 / 5, report.UnansweredCount);
        Assert.NotEmpty(report.UnansweredExamples);
        Assert.Empty(report.NeverFiring);
    }

    [Fact]
    public void Analyze_RuleShadowedByEarlierRule_NeverFires()
    {
        var table = Table("""
              - id: everyone
                when: {}
                recommend: wait
                reasons: [a]
              - id: shadowed
                when: { asked-by: buyer }
                recommend: accept-cancellation
                reasons: [b]
            """);

        var report = TableAnalysis.Analyze(table);

        Assert.Equal("shadowed", Assert.Single(report.NeverFiring).Id);
        Assert.Equal(0, report.UnansweredCount);
    }

    [Fact]
    public void Analyze_NumericBoundaries_AreEachTried()
    {
        var table = Table("""
              - id: small
                when: { value: "< 50" }
                recommend: wait
                reasons: [a]
              - id: big
                when: { value: ">= 200" }
                recommend: wait
                reasons: [b]
              - id: middle-or-unknown
                when: {}
                recommend: accept-cancellation
                reasons: [c]
            """);

        Assert.Equal([-1, 1, 50, 200], table.Representatives[ForumHelper.Core.Facts.FactCatalog.ValueIndex]);
        Assert.Empty(TableAnalysis.Analyze(table).NeverFiring);
    }

    [Fact]
    public void Analyze_RealFiverrTable_IsCompleteWithNoDeadRules()
    {
        var report = TableAnalysis.Analyze(RealData.Set.Policies[ForumHelper.Core.Facts.Marketplace.Fiverr].Table);

        Assert.Equal(0, report.UnansweredCount);
        Assert.Empty(report.NeverFiring);
    }

    private static DecisionTable Table(string rules)
    {
        var file = YamlFile.FromText("test.yaml", PolicyText.With(rules));
        var policy = PolicyLoader.Load(file);
        Assert.Empty(file.Problems);
        return policy!.Table;
    }
}
