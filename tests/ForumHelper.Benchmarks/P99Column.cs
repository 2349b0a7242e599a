using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForumHelper.Benchmarks;

/// <summary>
/// The 99th percentile of a benchmark's measurements (BenchmarkDotNet has columns up to P95). With
/// one invocation per iteration, it is the 99th percentile of single calls.
/// </summary>
internal sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "99th percentile of the measurements";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        // Always in microseconds, with the unit: the other columns' unit is chosen per summary.
        return (statistics.Percentiles.Percentile(99) / 1000).ToString("N2", style.CultureInfo) + " μs";
    }
}
