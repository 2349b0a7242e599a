using CsCheck;
using ForumHelper.Core.Facts;
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

        // 5 asked-by × 6 stages × 8 reasons × 4 buyer × 4 late × 3 promised-refund × 5 done × 5 off-platform
        // × 9 already × 3 contract × 4 funds; numbers untested: 2 each (unknown, known), five of them.
        Assert.Equal(5L * 6 * 8 * 4 * 4 * 3 * 5 * 5 * 9 * 3 * 4 * 32, report.Combinations);
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

        Assert.Equal([-1, 1, 50, 200], table.Representatives[FactCatalog.ValueIndex]);
        Assert.Empty(TableAnalysis.Analyze(table).NeverFiring);
    }

    [Fact]
    public void Analyze_RealFiverrTable_IsCompleteWithNoDeadRules()
    {
        var report = TableAnalysis.Analyze(RealData.Set.Policies[Marketplace.Fiverr].Table);

        Assert.Equal(0, report.UnansweredCount);
        Assert.Empty(report.NeverFiring);
    }

    [Fact]
    public void Analyze_RandomTables_AgreesWithTryingEverySituation()
    {
        // Rules over four facts, so every situation can still be tried one by one; the facts no rule
        // tests only multiply the count.
        FactDefinition[] tested = [FactCatalog.AskedBy, FactCatalog.Stage, FactCatalog.Already, FactCatalog.Value];
        var rule = Gen.Select(Gen.Int[0, 3], Gen.ULong, Gen.Bool, Gen.Int[1, 400], Gen.Int[0, 400], (which, mask, unknown, low, width) =>
        {
            var fact = tested[which];
            return fact.Kind == FactKind.Integer
                ? new FactTest(fact, unknown, 0, [(low, Math.Min(fact.Max, low + width))])
                : new FactTest(fact, unknown && !fact.Required, mask, []);
        }).Array[0, 3].Select(tests => new Condition(tests.DistinctBy(t => t.FactIndex).ToArray()));

        rule.Array[1, 8].Sample(conditions =>
        {
            var table = new DecisionTable(conditions.Select((c, i) => new DecisionRule($"r{i}", c, "wait", [], i)).ToList(), []);

            var report = TableAnalysis.Analyze(table);

            var atoms = table.Representatives;
            var others = FactCatalog.DecisionFacts.Where(f => !tested.Contains(f)).Aggregate(1L, (product, f) => product * atoms[f.Index].Count);
            var fired = new HashSet<DecisionRule>();
            long unanswered = 0;
            var codes = atoms.Select(a => a[0]).ToArray();
            foreach (var asked in atoms[FactCatalog.AskedByIndex])
            foreach (var stage in atoms[FactCatalog.StageIndex])
            foreach (var already in atoms[FactCatalog.AlreadyIndex])
            foreach (var value in atoms[FactCatalog.ValueIndex])
            {
                (codes[FactCatalog.AskedByIndex], codes[FactCatalog.StageIndex], codes[FactCatalog.AlreadyIndex], codes[FactCatalog.ValueIndex]) = (asked, stage, already, value);
                if (table.FirstMatch(new FactVector(codes)) is { } first)
                {
                    fired.Add(first);
                }
                else
                {
                    unanswered += others;
                }
            }

            Assert.Equal(unanswered, report.UnansweredCount);
            Assert.Equal(table.Rules.Where(r => !fired.Contains(r)).Select(r => r.Id), report.NeverFiring.Select(r => r.Id));
            foreach (var (firing, witness) in report.Witnesses)
            {
                Assert.Same(firing, table.FirstMatch(witness));
            }
        }, iter: 500);
    }

    private static DecisionTable Table(string rules)
    {
        var file = YamlFile.FromText("test.yaml", PolicyText.With(rules));
        var policy = PolicyLoader.Load(file);
        Assert.Empty(file.Problems);
        return policy!.Table;
    }
}
