using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.GoldenCases;
using ForumHelper.Core.Policies;
using ForumHelper.Core.Yaml;

namespace ForumHelper.Bot.Cli;

/// <summary><c>check-data [DIR]</c>: validates policies, answers and golden cases; prints <c>file:line: problem</c> for each.</summary>
internal static class CheckDataVerb
{
    public static Command Create(Option<string?> dataOption, CliConsole console)
    {
        var folder = new Argument<string?>("dir") { Description = "The data folder (default: ./data)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check-data", "Check the data files: YAML, keys, placeholders, decision-table completeness, answer sizes, the understanding file and its examples, golden cases") { folder };
        command.SetAction(parse => Run(DataFolder.Resolve(parse.GetValue(folder) ?? parse.GetValue(dataOption)), console));
        return command;
    }

    private static int Run(string dataFolder, CliConsole console)
    {
        if (!Directory.Exists(dataFolder))
        {
            console.Error.WriteLine($"{dataFolder}: no such folder. Give the data folder, e.g. `check-data data`.");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var loaded = DataSetLoader.Load(dataFolder);
        var problems = new List<DataProblem>(loaded.Problems);
        var (cases, caseProblems) = GoldenCaseLoader.LoadFolder(Path.Combine(dataFolder, "cases"), withSubfolders: true);
        problems.AddRange(caseProblems);
        if (loaded.IsSuccess)
        {
            problems.AddRange(CaseKeyProblems(cases, loaded.Value));
        }

        foreach (var problem in problems)
        {
            console.Out.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            console.Out.WriteLine($"{problems.Count} problem(s) in {dataFolder}.");
            return ExitCodes.DataProblems;
        }

        var data = loaded.Value!;
        var rules = data.Policies.Values.Sum(p => p.Table.Rules.Count);

        // The loader proved each table complete; the count says how much that covers (a fraction of a millisecond to recount).
        var situations = data.Policies.Values.Sum(p => TableAnalysis.Analyze(p.Table).Combinations);
        console.Out.WriteLine($"{dataFolder}: OK — {data.Policies.Count} policies ({rules} rules; each of {situations.ToString("N0", CultureInfo.InvariantCulture)} distinct situations answered), " +
            $"{data.Books.Count} answer book(s), an understanding file ({data.Understanding.Examples} examples read as they say), {cases.Count} golden cases ({cases.Count(c => c.Text is not null)} of them descriptions); version {data.Version}; checked in {clock.ElapsedMilliseconds} ms.");
        return ExitCodes.Success;
    }

    /// <summary>Expectations that name keys the data does not have can never pass; say so here rather than as failures.</summary>
    private static IEnumerable<DataProblem> CaseKeyProblems(IReadOnlyList<GoldenCase> cases, DataSet data)
    {
        var paths = data.Policies.Values.SelectMany(p => p.Paths.Keys).ToHashSet();
        var reasons = data.Policies.Values.SelectMany(p => p.Table.Rules.SelectMany(r => r.Reasons).Concat(p.Table.Notes.Select(n => n.Reason))).ToHashSet();
        foreach (var golden in cases)
        {
            foreach (var key in golden.Recommendation.Concat(golden.Not).Where(k => !paths.Contains(k)))
            {
                yield return new DataProblem(golden.File, golden.Line, $"`{key}` is not a recommendation of any policy; valid: {string.Join(", ", paths.Order())}");
            }

            foreach (var key in golden.Reasons.Where(k => !reasons.Contains(k)))
            {
                yield return new DataProblem(golden.File, golden.Line, $"reason `{key}` is given by no rule or note");
            }
        }
    }
}
