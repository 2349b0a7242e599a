namespace ForumHelper.Tests.Support;

/// <summary>Finds the repository's folders from the test binary, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Cases => Path.Combine(Data, "cases");

    /// <summary>Discord's example payloads and OpenAPI spec, kept in the repository (SOURCES.md there says where each came from).</summary>
    public static string DiscordFixtures => Path.Combine(Root, "tests", "ForumHelper.Tests", "Fixtures", "Discord");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ForumHelper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ForumHelper.sln not found above " + AppContext.BaseDirectory);
    }
}
