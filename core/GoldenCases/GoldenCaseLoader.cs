using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.GoldenCases;

/// <summary>
/// Reads golden case files, recording every problem with its line. A <c>*.yaml</c> file holds one
/// case (<c>name</c>, <c>ask</c>, <c>expect</c>) or, under <c>cases:</c>, a list of them, so the cases
/// that test one row of the knowledge can sit together.
/// </summary>
public static class GoldenCaseLoader
{
    public static (IReadOnlyList<GoldenCase> Cases, IReadOnlyList<DataProblem> Problems) LoadFolder(string folder)
    {
        var cases = new List<GoldenCase>();
        var problems = new List<DataProblem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new DataProblem(DataSetLoader.Display(folder, "."), 1, "the golden case folder does not exist"));
            return (cases, problems);
        }

        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = YamlFile.Read(path, DataSetLoader.Display(folder, Path.GetFileName(path)));
            cases.AddRange(LoadAll(file));

            problems.AddRange(file.Problems);
        }

        return (cases, problems);
    }

    /// <summary>Every case in a file: the one case at its root, or each item of its <c>cases</c> list.</summary>
    public static IReadOnlyList<GoldenCase> LoadAll(YamlFile file)
    {
        var root = file.Root();
        if (root is null)
        {
            return [];
        }

        if (file.Child(root, "cases") is not { } list)
        {
            return Load(file, root) is { } single ? [single] : [];
        }

        file.CheckKeys(root, "a file of golden cases", "cases");
        if (list is not YamlSequenceNode items)
        {
            file.Problem(list, "`cases` must be a list of cases, each with `name`, `ask` and `expect`");
            return [];
        }

        var cases = new List<GoldenCase>();
        foreach (var item in items)
        {
            if (file.AsMapping(item, "a golden case") is { } mapping && Load(file, mapping) is { } golden)
            {
                cases.Add(golden);
            }
        }

        return cases;
    }

    public static GoldenCase? Load(YamlFile file) => file.Root() is { } root ? Load(file, root) : null;

    private static GoldenCase? Load(YamlFile file, YamlMappingNode root)
    {
        file.CheckKeys(root, "a golden case", "name", "ask", "expect");
        var name = file.AsScalar(file.Required(root, "name", "A golden case"), "`name`");
        var askNode = file.Required(root, "ask", "A golden case");
        var ask = file.AsScalar(askNode, "`ask`");
        if (ask is not null)
        {
            var parsed = SlashLine.ParseFacts(ask);
            foreach (var error in parsed.Problems)
            {
                file.Problem(askNode!, $"`ask` does not parse: {error.Explained}");
            }
        }

        var expect = file.AsMapping(file.Required(root, "expect", "A golden case"), "`expect`");
        if (expect is null || name is null || ask is null)
        {
            return null;
        }

        file.CheckKeys(expect, "`expect`", "recommendation", "reasons", "missing", "not");
        var recommendation = Names(file, file.Required(expect, "recommendation", "`expect`"), "`recommendation`");
        var missing = Names(file, file.Child(expect, "missing"), "`missing`");
        foreach (var fact in missing.Where(f => FactCatalog.Find(f) is null))
        {
            file.Problem(file.Child(expect, "missing")!, $"`{fact}` in `missing` is not a fact; facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
        }

        return new GoldenCase
        {
            Name = name,
            Ask = ask,
            Recommendation = recommendation,
            Reasons = Names(file, file.Child(expect, "reasons"), "`reasons`"),
            Missing = missing,
            Not = Names(file, file.Child(expect, "not"), "`not`"),
            File = file.DisplayPath,
            Line = (int)root.Start.Line,
        };
    }

    private static List<string> Names(YamlFile file, YamlNode? node, string what) =>
        file.AsScalarList(node, what).Select(item => item.Value).ToList();
}
