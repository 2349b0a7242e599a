namespace ForumHelper.Tests.Support;

/// <summary>
/// The folder <c>dotnet publish bot -c Release -o out</c> made, named by <see cref="Variable"/> (.ci/run
/// publishes and sets it). The tests that need it carry the trait <c>Needs=published</c> and are left
/// out of the plain <c>dotnet test</c>; selected without it, they fail and say how to publish, never skip.
/// </summary>
internal static class PublishedFolder
{
    public const string Variable = "FORUMHELPER_TEST_PUBLISHED";

    public static string Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? System.IO.Path.GetFullPath(folder)
        : throw new InvalidOperationException(
            $"The tests of the published program were selected, but {Variable} is not set. Publish and point them at it: " +
            $"`dotnet publish bot -c Release -o out && {Variable}=$PWD/out dotnet test -p:RunSettingsFilePath= --filter Needs=published` (README, \"Deploy\").");

    /// <summary>The published program, <c>forumhelper</c>.</summary>
    public static string Program => System.IO.Path.Combine(Path, "forumhelper");
}
