using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ForumHelper.Benchmarks;

/// <summary>Adds the median, the 95th and the 99th percentile of the measurements to the summary.</summary>
internal sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig()
    {
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
    }
}
