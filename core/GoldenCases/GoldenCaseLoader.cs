using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.GoldenCases;

/// <summary>
/// Reads golden case files, recording every problem with its line. A <c>*.yaml</c> file holds one
/// case (<c>name</c>, <c>ask</c> or <c>text</c>, <c>expect</c>) or, under <c>cases:</c>, a list of
/// them, so the cases that test one row of the knowledge can sit together. The cases written as
/// members' own words live in a subfolder (<c>cases/text/</c>).
/// </summary>
public static class GoldenCaseLoader
{
    /// <summary>The subfolder of the cases written as members' own descriptions.</summary>
    public const string TextFolder = "text";

    /// <param name="folder">The case folder.</param>
    /// <param name="withSubfolders">Also the files of its subfolders (the text cases); false gives the slash-line cases of the folder itself.</param>
    public static (IReadOnlyList<GoldenCase> Cases, IReadOnlyList<DataProblem> Problems) LoadFolder(string folder, bool withSubfolders = false)
    {
        var cases = new List<GoldenCase>();
        var problems = new List<DataProblem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new DataProblem(DataSetLoader.Display(folder, "."), 1, "the golden case folder does not exist"));
            return (cases, problems);
        }

        var paths = Directory.GetFiles(folder, "*.yaml", withSubfolders ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => Path.GetRelativePath(folder, path))
            .OrderBy(path => path.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ThenBy(path => path, StringComparer.Ordinal);
        foreach (var relative in paths)
        {
            var file = YamlFile.Read(Path.Combine(folder, relative), DataSetLoader.Display(folder, relative));
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
            file.Problem(list, "`cases` must be a list of cases, each with `name`, `ask` or `text`, and `expect`");
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
        file.CheckKeys(root, "a golden case", "name", "ask", "text", "expect");
        var name = file.AsScalar(file.Required(root, "name", "A golden case"), "`name`");
        var text = file.AsScalar(file.Child(root, "text"), "`text`");
        var askNode = text is null ? file.Required(root, "ask", "A golden case") : file.Child(root, "ask");
        var ask = file.AsScalar(askNode, "`ask`");
        if (ask is not null)
        {
            var problems = text is null ? SlashLine.ParseFacts(ask).Problems : Choices(ask).Problems;
            foreach (var error in problems)
            {
                file.Problem(askNode!, $"`ask` does not parse: {error.Explained}");
            }
        }

        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            file.Problem(file.Child(root, "text")!, "`text` is empty");
        }

        var expect = file.AsMapping(file.Required(root, "expect", "A golden case"), "`expect`");
        if (expect is null || name is null || (ask is null && text is null))
        {
            return null;
        }

        var where = text is null ? "`expect`" : "`expect` of a text case";
        string[] keys = text is null
            ? ["recommendation", "reasons", "missing", "not"]
            : ["recommendation", "reasons", "missing", "not", "facts", "needs", "unclear"];
        file.CheckKeys(expect, where, keys);
        var needs = Names(file, file.Child(expect, "needs"), "`needs`");
        var recommendationNode = text is null || needs.Count == 0 ? file.Required(expect, "recommendation", "`expect`") : file.Child(expect, "recommendation");
        if (needs.Count > 0 && recommendationNode is not null)
        {
            file.Problem(recommendationNode, "a case that still `needs` a fact gets no answer, so it cannot expect a `recommendation`");
        }

        var recommendation = Names(file, recommendationNode, "`recommendation`");
        var missing = Names(file, file.Child(expect, "missing"), "`missing`");
        foreach (var fact in missing.Concat(needs).Where(f => FactCatalog.Find(f) is null))
        {
            file.Problem(expect, $"`{fact}` is not a fact; facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
        }

        foreach (var fact in needs.Where(f => FactCatalog.Find(f) is { Required: false }))
        {
            file.Problem(file.Child(expect, "needs")!, $"`needs` lists required facts still unknown; `{fact}` is not required");
        }

        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is not null)
        {
            if (file.AsMapping(file.Required(expect, "facts", where), "`facts`") is { } factsNode)
            {
                foreach (var (key, value) in factsNode.Children)
                {
                    var factName = (key as YamlScalarNode)?.Value ?? "";
                    var written = file.AsScalar(value, $"`facts.{factName}`");
                    if (FactCatalog.Find(factName) is not { } fact)
                    {
                        file.Problem(key, $"`{factName}` in `facts` is not a fact; facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
                    }
                    else if (written is not null && written != GoldenCaseRunner.Unknown && FactBinder.ParseValue(fact, written) is { IsSuccess: false } bad)
                    {
                        file.Problem(value, $"`facts.{factName}`: {bad.Problems[0].Explained} (or `{GoldenCaseRunner.Unknown}`: it must not be read)");
                    }
                    else if (written is not null)
                    {
                        facts[factName] = written;
                    }
                }
            }
        }

        var unclear = Names(file, file.Child(expect, "unclear"), "`unclear`");
        foreach (var fact in unclear.Where(f => FactCatalog.Find(f) is null))
        {
            file.Problem(file.Child(expect, "unclear")!, $"`{fact}` in `unclear` is not a fact");
        }

        return new GoldenCase
        {
            Name = name,
            Ask = ask ?? "",
            Text = text,
            Recommendation = recommendation,
            Reasons = Names(file, file.Child(expect, "reasons"), "`reasons`"),
            Missing = missing,
            Not = Names(file, file.Child(expect, "not"), "`not`"),
            Facts = facts,
            Needs = needs,
            Unclear = unclear,
            File = file.DisplayPath,
            Line = (int)root.Start.Line,
        };
    }

    /// <summary>The options of a text case's <c>ask</c>: a slash line of which no fact is required.</summary>
    internal static Outcome<IReadOnlyDictionary<string, int>, FactError> Choices(string ask)
    {
        var parsed = SlashLine.Parse(ask);
        if (!parsed.IsSuccess)
        {
            return Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure(parsed.Problems);
        }

        return parsed.Value.Command == FactCatalog.CommandName
            ? FactBinder.BindChoices(parsed.Value.Options)
            : Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure([new FactError("/" + parsed.Value.Command, $"`/{parsed.Value.Command}` is not /{FactCatalog.CommandName}.", "/" + FactCatalog.CommandName, null)]);
    }

    private static List<string> Names(YamlFile file, YamlNode? node, string what) =>
        file.AsScalarList(node, what).Select(item => item.Value).ToList();
}
