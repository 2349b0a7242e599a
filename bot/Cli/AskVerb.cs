using System.CommandLine.Parsing;
using System.CommandLine;
using System.Globalization;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>ask "/cancel-advice …"</c>: answers a dispute typed exactly as in Discord.</summary>
internal static class AskVerb
{
    public const string Example = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected";

    public static Command Create(Option<string?> dataOption, CliConsole console, IConfiguration configuration)
    {
        var line = new Argument<string>("slash-line") { Description = $"The question as you would type it in Discord, in quotes, e.g. \"{Example}\"" };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON object instead of text" };
        var today = new Option<string?>("--today") { Description = "Answer as if today were this date (YYYY-MM-DD); default: today" };
        var noLog = new Option<bool>("--no-log") { Description = "Do not record this case in the case log" };
        var command = new Command("ask", "Answer a dispute, given as a /cancel-advice line; the case is logged anonymously unless --no-log")
        {
            line, json, today, noLog,
        };
        command.SetAction((parse, _) => RunAsync(
            new AskRequest(parse.GetValue(line)!, parse.GetValue(json), parse.GetValue(today), parse.GetValue(dataOption), !parse.GetValue(noLog)),
            console,
            configuration));
        return command;
    }

    /// <summary>
    /// The message for <c>ask /cancel-advice asked-by:buyer …</c> typed without quotes, which the shell
    /// splits into several arguments; null when the line is not that (an unknown option alone gets
    /// System.CommandLine's own message).
    /// </summary>
    public static string? UnquotedLine(ParseResult parsed)
    {
        if (parsed.CommandResult.Command.Name != "ask" || !parsed.UnmatchedTokens.Any(token => !token.StartsWith('-')))
        {
            return null;
        }

        var first = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        var words = first.Concat(parsed.UnmatchedTokens.Where(token => !token.StartsWith('-')));
        var line = string.Join(" ", words);
        var shown = line.Length <= 120 ? line : string.Concat(line.AsSpan(0, 117), "...");
        return "`ask` takes the whole /cancel-advice line as one argument, in double quotes, so that the shell does not split it:\n"
            + $"  forumhelper ask \"{shown}\"\n"
            + $"Example: forumhelper ask \"{Example}\"";
    }

    private static async Task<int> RunAsync(AskRequest request, CliConsole console, IConfiguration configuration)
    {
        var (slashLine, json, todayText, dataFolder, log) = request;
        Settings? settings = null;
        if (log)
        {
            var loaded = Settings.Load(configuration);
            if (!loaded.IsSuccess)
            {
                SettingsReport.Write(loaded.Problems, console);
                return ExitCodes.Usage;
            }

            settings = loaded.Value;
        }

        // Without --today, the service takes today from the clock, in UTC, as the bot does.
        DateOnly? today = null;
        if (todayText is not null)
        {
            if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                console.Error.WriteLine($"--today must be a date like 2026-11-26, not `{todayText}`.");
                return ExitCodes.Usage;
            }

            today = day;
        }

        var facts = SlashLine.ParseFacts(slashLine);
        if (!facts.IsSuccess)
        {
            ReportErrors(slashLine, facts.Problems, console);
            return ExitCodes.Usage;
        }

        var data = DataLoading.LoadOrReport(DataFolder.Resolve(dataFolder), console);
        if (data is null)
        {
            return ExitCodes.DataProblems;
        }

        // On the command line the member is the local user, pseudonymized like a Discord id; the storage
        // opens before answering so the record has its pseudonym, but a failure is told after the answer.
        using var caseLog = settings is null ? null : CaseLogging.Open(settings);
        var asker = new CaseAsker(caseLog?.Pseudonym(Environment.UserName) ?? "", null, Transport.Cli);
        var (answered, record) = new AdviceService(TimeProvider.System).Advise(data, facts.Value, DataSet.DefaultLocale, asker, today);
        console.Out.Write(json
            ? JsonAnswerRenderer.Render(answered, console.Width) + "\n"
            : TerminalAnswerRenderer.Render(answered.Answer, console.UseColor, console.Width));
        await console.Out.FlushAsync().ConfigureAwait(false);
        if (caseLog is not null)
        {
            await caseLog.LogAsync(record, settings!, console).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static void ReportErrors(string slashLine, IReadOnlyList<FactError> errors, CliConsole console)
    {
        var shown = slashLine.Length <= 120 ? slashLine : string.Concat(slashLine.AsSpan(0, 117), "...");
        console.Error.WriteLine(errors.Count == 1 ? $"Could not read \"{shown}\":" : $"Could not read \"{shown}\" ({errors.Count} problems):");
        foreach (var error in errors)
        {
            console.Error.WriteLine("  - " + error.Explained);
            console.Error.WriteLine("    Valid: " + error.Valid);
        }

        console.Error.WriteLine();
        console.Error.WriteLine("Options of /cancel-advice: " + string.Join(" ", FactCatalog.All.Select(f => f.Required ? f.Name + " (required)" : f.Name)));
        console.Error.WriteLine($"Example: forumhelper ask \"{Example}\"");
    }
}
