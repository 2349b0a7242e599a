namespace ForumHelper.Tests.Support;

/// <summary>Files made immutable together (chattr +i) for as long as this lives; disposing clears every one.</summary>
internal sealed class ImmutableFiles : IDisposable
{
    private readonly List<string> _files;

    private ImmutableFiles(List<string> files) => _files = files;

    /// <summary>Makes every file immutable, or none (null) where chattr cannot.</summary>
    public static ImmutableFiles? TrySet(params string[] files)
    {
        var set = new List<string>();
        foreach (var file in files)
        {
            if (!Immutable.TrySet(file, isFolder: false))
            {
                new ImmutableFiles(set).Dispose();
                return null;
            }

            set.Add(file);
        }

        return new ImmutableFiles(set);
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            Immutable.Clear(file);
        }

        _files.Clear();
    }
}
