using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary>
/// tests/ForumHelper.Tests/Fixtures/Discord: every JSON file there is named in its SOURCES.md, every
/// file SOURCES.md names is there, the licences it links are there, and the spec is the exact copy.
/// </summary>
public partial class DiscordFixturesTests
{
    private const string Folder = "tests/ForumHelper.Tests/Fixtures/Discord";

    private static string SourcesText => File.ReadAllText(Path.Combine(RepositoryPaths.DiscordFixtures, "SOURCES.md"));

    /// <summary>The files named in the first column of SOURCES.md's tables.</summary>
    private static SortedSet<string> Listed => [.. TableFirstColumn().Matches(SourcesText).Select(m => m.Groups["file"].Value)];

    [Fact]
    public void Sources_JsonFilesInFolder_AreAllListed()
    {
        var present = Directory.GetFiles(RepositoryPaths.DiscordFixtures, "*.json").Select(file => Path.GetFileName(file)).ToList();

        var unlisted = present.Where(file => !Listed.Contains(file)).ToList();

        Assert.True(present.Count >= 10, $"Only {present.Count} JSON files in {Folder}.");
        Assert.True(unlisted.Count == 0, $"Not listed in {Folder}/SOURCES.md (add a row saying where each came from): {string.Join(", ", unlisted)}");
    }

    [Fact]
    public void Sources_ListedFiles_AllExist()
    {
        var missing = Listed.Where(file => !File.Exists(Path.Combine(RepositoryPaths.DiscordFixtures, file))).ToList();

        Assert.True(missing.Count == 0, $"Listed in {Folder}/SOURCES.md but missing from {Folder}: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("LICENSE-discord-api-spec", "Copyright 2023 Discord")]
    [InlineData("LICENSE-discord-api-docs-code", "Copyright (c) 2016 Discord")]
    public void Sources_LinkedLicence_ExistsWithItsCopyright(string file, string copyright)
    {
        var path = Path.Combine(RepositoryPaths.DiscordFixtures, file);

        Assert.Contains($"({file})", SourcesText, StringComparison.Ordinal);
        Assert.True(File.Exists(path), $"{Folder}/{file} is missing.");
        Assert.Contains(copyright, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.StartsWith("MIT License", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_EveryListedFile_IsJson()
    {
        foreach (var file in Listed)
        {
            var path = Path.Combine(RepositoryPaths.DiscordFixtures, file);
            var exception = Record.Exception(() => JsonDocument.Parse(File.ReadAllBytes(path)).Dispose());
            Assert.True(exception is null, $"{Folder}/{file} is not valid JSON: {exception?.Message}");
        }
    }

    [Fact]
    public void Spec_Sha256_IsTheOneSourcesNames()
    {
        var bytes = File.ReadAllBytes(DiscordOpenApi.SpecPath);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.True(sha256 == DiscordOpenApi.SpecSha256,
            $"{Folder}/openapi.json has SHA-256 {sha256}, not {DiscordOpenApi.SpecSha256}: it is not the byte-for-byte copy "
            + "SOURCES.md describes (was it reformatted, or were its line endings converted?).");
        Assert.Contains(DiscordOpenApi.SpecSha256, SourcesText, StringComparison.Ordinal);
        Assert.Contains(bytes.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", SourcesText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `(?<file>[^`]+\.json)` \|", RegexOptions.Multiline)]
    private static partial Regex TableFirstColumn();
}
