using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ForumHelper.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ForumHelper.Benchmarks.AdviceBenchmarks).Assembly).Run(args);
