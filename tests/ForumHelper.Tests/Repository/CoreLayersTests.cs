using System.Text.RegularExpressions;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary>
/// core's folders form layers: each may use only the folders below it (README, "Layout"), so a
/// change to the answers can never reach back into the facts, and each layer can be read and
/// tested from the bottom up. A <c>using</c> or a qualified name that points up or sideways fails.
/// </summary>
public sealed partial class CoreLayersTests
{
    // Bottom first. Folders on one line do not use each other.
    private static readonly string[][] Layers =
    [
        ["Text", "Outcomes", "Yaml"],
        ["Facts"],
        ["Understanding"],
        ["Policies"],
        ["Disputes"],
        ["Answers"],
        ["DataFiles"],
        ["GoldenCases", "Cases"],
        ["Advising"],
    ];

    private static string Core => Path.Combine(RepositoryPaths.Root, "core");

    [Fact]
    public void CoreFolders_EachOne_HasALayer()
    {
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj")).Order();

        Assert.Equal(Layers.SelectMany(layer => layer).Order(), folders);
    }

    [Fact]
    public void CoreSources_UsingsAndQualifiedNames_PointOnlyToLowerLayers()
    {
        var layerOf = Layers.SelectMany((layer, rank) => layer.Select(folder => (folder, rank))).ToDictionary(pair => pair.folder, pair => pair.rank);
        var offences = new List<string>();
        foreach (var file in Directory.GetFiles(Core, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(Core, file).Split(Path.DirectorySeparatorChar)[0];
            if (!layerOf.TryGetValue(folder, out var rank))
            {
                continue; // the project file's folder; CoreFolders_EachOne_HasALayer names stray folders
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match reference in CoreReference().Matches(lines[i]))
                {
                    var used = reference.Groups[1].Value;
                    if (used != folder && (!layerOf.TryGetValue(used, out var usedRank) || usedRank >= rank))
                    {
                        offences.Add($"core/{Path.GetRelativePath(Core, file)}:{i + 1}: {folder} uses {used}");
                    }
                }
            }
        }

        Assert.True(offences.Count == 0, "Uses that go up or sideways in core's layers:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void CoreReference_UsingAndQualifiedName_AreBothFound()
    {
        Assert.Equal("Answers", CoreReference().Match("using ForumHelper.Core.Answers;").Groups[1].Value);
        Assert.Equal("Disputes", CoreReference().Match("var x = Core.Disputes.Advisor.Advise(facts);").Groups[1].Value);
        Assert.DoesNotMatch(CoreReference(), "namespace ForumHelper.Core.Facts;");
    }

    // `using ForumHelper.Core.X`, `ForumHelper.Core.X.Type` or `Core.X.Type`; not the file's own namespace line.
    [GeneratedRegex(@"(?<!namespace ForumHelper\.)\bCore\.([A-Z][A-Za-z]+)\b(?=[.;])")]
    private static partial Regex CoreReference();
}
