namespace ForumHelper.Tests.Support;

/// <summary>A temporary folder deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "forumhelper-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A copy of the repository's data folder, to break on purpose.</summary>
    public static TempFolder WithDataCopy()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data, "*.yaml", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(RepositoryPaths.Data, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }

        return folder;
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails the test if absent.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{find}` not found in {relative}");
        System.IO.File.WriteAllText(File(relative), string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="find"/> in a file.</summary>
    public int LineOf(string relative, string find)
    {
        var lines = System.IO.File.ReadAllLines(File(relative));
        var index = Array.FindIndex(lines, line => line.Contains(find, StringComparison.Ordinal));
        Assert.True(index >= 0, $"`{find}` not found in {relative}");
        return index + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
