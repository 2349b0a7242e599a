using BenchmarkDotNet.Running;
using ForumHelper.Benchmarks.Load;

// dotnet run -c Release --project tests/ForumHelper.Benchmarks -- --filter '*'
// The load harness's commands (requests, floor, cold-start, count-cases, public-key) are run by Load/run-load.sh.
if (args.Length > 0 && LoadTool.Verbs.Contains(args[0]))
{
    return LoadTool.Run(args);
}

// The privacy measurement: how many single cases subtracting /case-stats reports singles out.
if (args.Length > 0 && args[0] == "differencing")
{
    return ForumHelper.Benchmarks.Privacy.DifferencingMeasure.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ForumHelper.Benchmarks.AdviceBenchmarks).Assembly).Run(args);
return 0;
