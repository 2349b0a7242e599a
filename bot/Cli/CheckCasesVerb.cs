using System.CommandLine;
using ForumHelper.Core.GoldenCases;

namespace ForumHelper.Bot.Cli;

/// <summary><c>check-cases [DIR]</c>: runs the golden cases (the text cases of <c>text/</c> too), prints each failure and every rule or note no case covers, and a total.</summary>
internal static class CheckCasesVerb
{
    public static Command Create(Option<string?> dataOption, CliConsole console)
    {
        var folder = new Argument<string?>("dir") { Description = "The golden case folder (default: data/cases), or a data folder: its cases/ against its files", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check-cases", "Run the golden cases against the data files") { folder };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(folder);
            var chosenData = parse.GetValue(dataOption);
            // `check-cases data`, as `check-data data` is typed, names the data folder: read as a case
            // folder, its understanding file's examples would count as 47 broken cases.
            if (given is not null && Directory.Exists(Path.Combine(given, "cases")))
            {
                chosenData ??= given;
                given = Path.Combine(given, "cases");
            }

            var dataFolder = DataFolder.Resolve(chosenData);
            return Run(given ?? Path.Combine(dataFolder, "cases"), dataFolder, console);
        });
        return command;
    }

    private static int Run(string casesFolder, string dataFolder, CliConsole console)
    {
        if (!Directory.Exists(casesFolder))
        {
            console.Error.WriteLine($"{casesFolder}: no such folder. Give the golden case folder, e.g. `check-cases data/cases`.");
            return ExitCodes.Usage;
        }

        var data = DataLoading.LoadOrReport(dataFolder, console);
        if (data is null)
        {
            return ExitCodes.DataProblems;
        }

        var (cases, problems) = GoldenCaseLoader.LoadFolder(casesFolder, withSubfolders: true);
        foreach (var problem in problems)
        {
            console.Out.WriteLine(problem);
        }

        var failed = problems.Count;
        var passed = 0;
        foreach (var golden in cases)
        {
            var result = GoldenCaseRunner.Run(golden, data);
            if (result.Passed)
            {
                passed++;
                continue;
            }

            failed++;
            console.Out.WriteLine($"FAIL {golden.File}: {golden.Name}");
            console.Out.WriteLine($"     {golden.Question}");
            foreach (var failure in result.Failures)
            {
                console.Out.WriteLine("     - " + failure);
            }
        }

        // Every rule and note must be held in place by a case, or it could move unnoticed.
        var uncovered = GoldenCaseCoverage.Uncovered(cases, data);
        foreach (var problem in uncovered)
        {
            console.Out.WriteLine("UNCOVERED " + problem);
        }

        console.Out.WriteLine($"{passed} passed, {failed} failed" + (uncovered.Count > 0 ? $", {uncovered.Count} rules or notes without a case" : ""));
        failed += uncovered.Count;
        return failed == 0 ? ExitCodes.Success : ExitCodes.DataProblems;
    }
}
