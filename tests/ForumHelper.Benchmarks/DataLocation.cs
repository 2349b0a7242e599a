namespace ForumHelper.Benchmarks;

/// <summary>Finds the repository's data folder from wherever BenchmarkDotNet runs the generated benchmark process.</summary>
internal static class DataLocation
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var data = Path.Combine(folder.FullName, "data");
            if (File.Exists(Path.Combine(folder.FullName, "ForumHelper.sln")) && Directory.Exists(data))
            {
                return data;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
