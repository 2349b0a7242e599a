namespace ForumHelper.Benchmarks;

/// <summary>A database file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "forumhelper-bench-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Directory.CreateDirectory(_folder);

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "cases.db")}";

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
