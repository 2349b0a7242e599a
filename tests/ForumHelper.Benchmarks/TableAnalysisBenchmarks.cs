using BenchmarkDotNet.Attributes;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;

namespace ForumHelper.Benchmarks;

/// <summary>
/// The completeness check of the real Fiverr table. The baseline is what the check did before it
/// reasoned over conditions: trying every situation one by one, here limited to the ten facts of
/// that time (the six later facts left unknown), since all sixteen would be about 10^11 situations.
/// </summary>
[MemoryDiagnoser]
public class TableAnalysisBenchmarks
{
    private DecisionTable _fiverr = null!;
    private DecisionTable _upwork = null!;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = DataSetLoader.Load(DataLocation.Find());
        var data = loaded.IsSuccess ? loaded.Value : throw new InvalidOperationException(string.Join("\n", loaded.Problems));
        _fiverr = data.Policies[Marketplace.Fiverr].Table;
        _upwork = data.Policies[Marketplace.Upwork].Table;
    }

    [Benchmark(Baseline = true, Description = "Fiverr: try every situation of the first 10 facts")]
    public long EnumerateTenFacts()
    {
        var atoms = _fiverr.Representatives.Select((a, i) => i < 10 ? a.ToArray() : [FactVector.Unknown]).ToArray();
        var positions = new int[atoms.Length];
        var codes = atoms.Select(a => a[0]).ToArray();
        long unanswered = 0;
        while (true)
        {
            if (_fiverr.FirstMatch(new FactVector(codes)) is null)
            {
                unanswered++;
            }

            var fact = atoms.Length - 1;
            while (fact >= 0 && ++positions[fact] == atoms[fact].Length)
            {
                positions[fact] = 0;
                codes[fact] = atoms[fact][0];
                fact--;
            }

            if (fact < 0)
            {
                return unanswered;
            }

            codes[fact] = atoms[fact][positions[fact]];
        }
    }

    [Benchmark(Description = "Fiverr: reason over the conditions, all 16 facts")]
    public TableReport AnalyzeFiverr() => TableAnalysis.Analyze(_fiverr);

    [Benchmark(Description = "Upwork: reason over the conditions, all 16 facts")]
    public TableReport AnalyzeUpwork() => TableAnalysis.Analyze(_upwork);
}
