using Dapper;

// The benchmarks' own SQL (setting up and dropping databases, the raw-count baseline) runs on plain
// Dapper; the stores they measure are built with Dapper.AOT in ForumHelper.Core.
[module: DapperAot(false)]
