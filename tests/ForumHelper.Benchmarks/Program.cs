using BenchmarkDotNet.Running;
using ForumHelper.Benchmarks.Load;

// dotnet run -c Release --project tests/ForumHelper.Benchmarks -- --filter '*'
// The load harness's commands (requests, floor, cold-start) are run by Load/run-load.sh.
if (args.Length > 0 && LoadTool.Verbs.Contains(args[0]))
{
    return LoadTool.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ForumHelper.Benchmarks.AdviceBenchmarks).Assembly).Run(args);
return 0;
