using System.Diagnostics;
using System.Text;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary>
/// A clone of the public repository has nothing beside it, so no file may point to a folder next
/// to the clone: every fixture, spec and source note lives inside the repository.
/// </summary>
public class StandsAloneTests
{
    // Built from pieces, so this file does not match its own patterns.
    private static readonly string Outside = "shar" + "ed";

    private static readonly string[] Patterns =
    [
        "../" + Outside,
        "..\\" + Outside,
        Outside + "/discord",
        Outside + "/knowledge",
        "\"..\", \"" + Outside + "\"",

        // The research notes the rules were written from live beside the clone; the repository
        // cites docs/SOURCES.md and docs/ADVICE.md instead.
        "other-market" + "places.md",
        "origin-" + "thread.txt",
        "fiverr" + ".md",
    ];

    // Never part of the repository, even when git is not there to say so.
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", ".idea", "TestResults", "BenchmarkDotNet.Artifacts"];

    [Fact]
    public void RepositoryFiles_Scanned_NoneReferToAFolderBesideTheClone()
    {
        var files = RepositoryFiles();
        var offences = files.SelectMany(Offences).ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} files found under {RepositoryPaths.Root}; the scan would prove nothing.");
        Assert.True(offences.Count == 0,
            "These lines point outside the repository; keep the material inside it (Discord fixtures in "
            + "tests/ForumHelper.Tests/Fixtures/Discord, rule sources in docs/SOURCES.md):\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("see ../{0}/discord/fixtures/openapi.json")]
    [InlineData("Facts: ..\\{0}\\knowledge\\notes.md")]
    [InlineData("notes in {0}/knowledge/ADVICE.md")]
    [InlineData("Path.Combine(RepositoryPaths.Root, \"..\", \"{0}\", \"discord\")")]
    [InlineData("# fiver" + "r.md §6: only finished work")]
    [InlineData("# other-marketplace" + "s.md §1.2")]
    public void Offences_LinePointingBesideTheClone_IsReportedWithFileAndLine(string line)
    {
        var file = Path.Combine(RepositoryPaths.Root, "README.md");
        var text = "first line\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Outside) + "\n";

        var offence = Assert.Single(Offences(file, text));

        Assert.StartsWith("README.md:2: ", offence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the case is in the shared database")]
    [InlineData("SharedInteractionServer shared")]
    [InlineData("client-ends-shared-work-worth-submitting")]
    public void Offences_OrdinaryUseOfTheWord_IsNotReported(string line)
    {
        Assert.Empty(Offences(Path.Combine(RepositoryPaths.Root, "README.md"), line));
    }

    private static IEnumerable<string> Offences(string file) =>
        File.Exists(file) && !IsBinary(file) ? Offences(file, File.ReadAllText(file)) : [];

    private static IEnumerable<string> Offences(string file, string text)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Patterns.Any(pattern => lines[i].Contains(pattern, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{relative}:{i + 1}: {lines[i].Trim()}";
            }
        }
    }

    /// <summary>The files git tracks or would add; without git (or outside a work tree), every file but build output.</summary>
    private static List<string> RepositoryFiles()
    {
        try
        {
            var start = new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var git = Process.Start(start)!;
            var errors = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = errors.Result;
            if (git.ExitCode == 0 && output.Length > 0)
            {
                return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(path => Path.Combine(RepositoryPaths.Root, path)).Distinct(StringComparer.Ordinal)];
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: walk the tree instead.
        }

        return [.. Walk(new DirectoryInfo(RepositoryPaths.Root))];
    }

    private static IEnumerable<string> Walk(DirectoryInfo folder) =>
        folder.EnumerateFiles().Select(file => file.FullName)
            .Concat(folder.EnumerateDirectories().Where(sub => !SkippedFolders.Contains(sub.Name, StringComparer.Ordinal)).SelectMany(Walk));

    private static bool IsBinary(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[8000];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}
