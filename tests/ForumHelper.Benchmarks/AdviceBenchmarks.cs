using BenchmarkDotNet.Attributes;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;

namespace ForumHelper.Benchmarks;

/// <summary>
/// One member's question end to end: parse the slash line, advise, render the answer. The
/// baseline (parsing alone) runs in the same process, so the ratios hold on a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class AdviceBenchmarks
{
    private const string Origin = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected";
    private const string AllFacts = "/cancel-advice asked-by:buyer stage:delivered reason:not-as-expected buyer:hostile late:on-time orders-60d:20 rate:100 reviews:40 value:120 promised-refund:false";
    private static readonly DateOnly Today = new(2026, 11, 26);

    private DataSet _data = null!;
    private DisputeFacts _originFacts = null!;
    private Advice _originAdvice = null!;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = DataSetLoader.Load(DataLocation.Find());
        _data = loaded.IsSuccess ? loaded.Value : throw new InvalidOperationException(string.Join("\n", loaded.Problems));
        _originFacts = SlashLine.ParseFacts(Origin).Value!;
        _originAdvice = Advisor.Advise(_originFacts, _data.Policies[Marketplace.Fiverr], Today);
    }

    [Benchmark(Baseline = true, Description = "parse only (origin)")]
    public DisputeFacts ParseOnly() => SlashLine.ParseFacts(Origin).Value!;

    [Benchmark(Description = "advise only (origin)")]
    public Advice AdviseOnly() => Advisor.Advise(_originFacts, _data.Policies[Marketplace.Fiverr], Today);

    [Benchmark(Description = "render only (origin)")]
    public ForumHelper.Core.Answers.Answer RenderOnly() => _data.Books[DataSet.DefaultLocale].Render(_originAdvice);

    [Benchmark(Description = "parse + advise + render (origin, 7 facts unknown)")]
    public AnsweredCase OriginEndToEnd() => _data.Answer(SlashLine.ParseFacts(Origin).Value!, Today);

    [Benchmark(Description = "parse + advise + render (every fact given)")]
    public AnsweredCase AllFactsEndToEnd() => _data.Answer(SlashLine.ParseFacts(AllFacts).Value!, Today);
}
