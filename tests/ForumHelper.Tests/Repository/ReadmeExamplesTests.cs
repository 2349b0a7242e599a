using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary>
/// Every README block that shows a command and its output (<c>```text</c>, first line
/// <c>$ dotnet run --project bot -- VERB …</c>) is what that command prints: each runs in-process
/// against the repository's data and the example case log (<see cref="ExampleCaseDatabase"/>), and its
/// standard output is compared with the block, where <c>...</c> leaves lines out (<see cref="ElidedText"/>).
/// </summary>
public class ReadmeExamplesTests
{
    private static readonly Lazy<IReadOnlyList<ReadmeExample>> Examples =
        new(() => ReadmeExamples.Find(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"))));

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in Examples.Value)
        {
            data.Add(example.Line, example.CommandLine);
        }

        return data;
    }

    [Fact]
    public void Readme_ExamplesOfOutput_AreFound()
    {
        // The answer under "Add your own numbers" and the statistics for moderators, at least.
        var verbs = Examples.Value.Select(e => e.Arguments[0]).ToList();

        Assert.Contains("ask", verbs);
        Assert.Contains("stats", verbs);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Readme_Example_IsWhatTheCommandPrints(int line, string commandLine)
    {
        var example = Examples.Value.Single(e => e.Line == line);
        using var folder = new TempFolder();
        var database = folder.File("cases.db");
        ExampleCaseDatabase.Fill(database, DateTimeOffset.UtcNow);
        // From a clone, ./data is the data folder; here that is the repository's, named outright.
        string[] arguments = example.Arguments.Contains("--data") ? [.. example.Arguments] : [.. example.Arguments, "--data", RepositoryPaths.Data];

        var (exitCode, output, error) = CliRun.InvokeWith(CliRun.Configuration(("Storage:ConnectionString", $"Data Source={database}")), arguments);

        Assert.True(exitCode == 0, $"{commandLine} exited {exitCode}:\n{error}");
        var actual = output.TrimEnd('\n').Split('\n');
        var mismatch = ElidedText.FirstMismatch(example.Output, actual);
        Assert.True(
            mismatch is null,
            mismatch is { } at
                ? (at < example.Output.Count
                    ? $"README.md:{line + 1 + at}: `{example.Output[at]}` is not what `{commandLine}` prints. It prints:\n{output}"
                    : $"README.md:{line + at}: `{commandLine}` prints more than the block shows (end it with `  ...` to leave the rest out). It prints:\n{output}")
                : "");
    }
}
