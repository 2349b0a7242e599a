using System.CommandLine.Parsing;
using System.CommandLine;
using System.Globalization;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>ask "/cancel-advice …"</c>: answers a dispute typed exactly as in Discord.</summary>
internal static class AskVerb
{
    public const string Example = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected";

    public static Command Create(Option<string?> dataOption, CliConsole console, IConfiguration configuration)
    {
        var line = new Argument<string?>("slash-line")
        {
            Description = $"The question as you would type it in Discord, in quotes, e.g. \"{Example}\" (with --text: the options that win over the description)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var text = new Option<string?>("--text") { Description = "The dispute in your own words, in quotes; never stored or logged" };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON object instead of text" };
        var today = new Option<string?>("--today") { Description = "Answer as if today were this date (YYYY-MM-DD); default: today" };
        var noLog = new Option<bool>("--no-log") { Description = "Do not record this case in the case log" };
        var command = new Command("ask", "Answer a dispute, given as a /cancel-advice line or described with --text; the case is logged anonymously unless --no-log")
        {
            line, text, json, today, noLog,
        };

        // The slash line may be left out only when a description is given.
        command.Validators.Add(result =>
        {
            if (result.GetValue(line) is null && result.GetValue(text) is null)
            {
                result.AddError("Required argument missing for command: 'ask'.");
            }
        });
        command.SetAction((parse, _) => RunAsync(
            new AskRequest(parse.GetValue(line), parse.GetValue(json), parse.GetValue(today), parse.GetValue(dataOption), !parse.GetValue(noLog), parse.GetValue(text)),
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

        if (parsed.Tokens.Any(token => token.Value == TextOption))
        {
            // Never echo the description: it is the member's own text, which nothing repeats or keeps.
            return UnquotedText;
        }

        var first = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        var words = first.Concat(parsed.UnmatchedTokens.Where(token => !token.StartsWith('-')));
        var line = string.Join(" ", words);
        var shown = line.Length <= 120 ? line : string.Concat(line.AsSpan(0, 117), "...");
        return "`ask` takes the whole /cancel-advice line as one argument, in double quotes, so that the shell does not split it:\n"
            + $"  forumhelper ask \"{shown}\"\n"
            + $"Example: forumhelper ask \"{Example}\"";
    }

    private const string TextOption = "--text";

    private const string UnquotedText = "`--text` takes your whole description as one argument, in double quotes, so that the shell does not split it:\n"
        + "  forumhelper ask --text \"the buyer wants to cancel after I showed him a draft in chat\"\n"
        + "Options that win over the description go first: forumhelper ask \"/cancel-advice stage:delivered\" --text \"...\"";

    private static async Task<int> RunAsync(AskRequest request, CliConsole console, IConfiguration configuration)
    {
        var (slashLine, json, todayText, dataFolder, log, text) = request;
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

        if (text is not null)
        {
            return await AnswerDescriptionAsync(request, settings, today, console).ConfigureAwait(false);
        }

        var facts = SlashLine.ParseFacts(slashLine!);
        if (!facts.IsSuccess)
        {
            ReportErrors(slashLine!, facts.Problems, console);
            return ExitCodes.Usage;
        }

        var data = DataLoading.LoadOrReport(DataFolder.Resolve(dataFolder), console);
        if (data is null)
        {
            return ExitCodes.DataProblems;
        }

        await AnswerAsync(data, facts.Value, null, json, today, settings, console).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>ask --text</c>: read the description, let the slash line's options win, ask at an interactive
    /// terminal for a required fact still unknown (or exit 3 with what is needed), then answer as
    /// <c>ask</c> does, saying first what was read. The description is never stored, logged or echoed.
    /// </summary>
    private static async Task<int> AnswerDescriptionAsync(AskRequest request, Settings? settings, DateOnly? today, CliConsole console)
    {
        var (slashLine, json, _, dataFolder, _, text) = request;
        if (string.IsNullOrWhiteSpace(text))
        {
            console.Error.WriteLine("`--text` is empty: describe the dispute in your own words, in double quotes.");
            return ExitCodes.Usage;
        }

        if (slashLine is not null && !slashLine.TrimStart().StartsWith('/'))
        {
            console.Error.WriteLine(UnquotedText); // most likely the rest of a description typed without quotes
            return ExitCodes.Usage;
        }

        var chosen = slashLine is null ? Outcome<IReadOnlyDictionary<string, int>, FactError>.Success(new Dictionary<string, int>()) : Choices(slashLine);
        if (!chosen.IsSuccess)
        {
            ReportErrors(slashLine!, chosen.Problems, console);
            return ExitCodes.Usage;
        }

        var data = DataLoading.LoadOrReport(DataFolder.Resolve(dataFolder), console);
        if (data is null)
        {
            return ExitCodes.DataProblems;
        }

        var service = new AdviceService(TimeProvider.System);
        var picked = new Dictionary<string, int>(chosen.Value);
        var understood = service.Understand(data, text, picked);
        var readingShown = false;
        while (understood.IsSuccess && understood.Value.Combined.Facts is null && console.Prompt is { } prompt)
        {
            if (!json && !readingShown)
            {
                console.Out.Write(TerminalReadingRenderer.Render(understood.Value, data.Understanding, console.Width));
                await console.Out.FlushAsync().ConfigureAwait(false);
                readingShown = true;
            }

            foreach (var need in understood.Value.Combined.Needs)
            {
                picked[need] = prompt.Choose(FactCatalog.Find(need)!);
            }

            understood = service.Understand(data, text, picked);
        }

        if (!understood.IsSuccess)
        {
            ReportErrors(slashLine ?? "/" + FactCatalog.CommandName, understood.Problems, console);
            return ExitCodes.Usage;
        }

        var (_, combined) = understood.Value;
        if (combined.Facts is null)
        {
            console.Out.Write(json
                ? JsonAnswerRenderer.RenderNeeds(understood.Value, data) + "\n"
                : TerminalReadingRenderer.Render(understood.Value, data.Understanding, console.Width) + TerminalReadingRenderer.Needs(combined, data.Understanding, console.Width));
            return ExitCodes.NeedsFacts;
        }

        if (!json)
        {
            // After questions, the reading was shown before them; the answer follows the choices.
            console.Out.Write(readingShown ? "\n" : TerminalReadingRenderer.Render(understood.Value, data.Understanding, console.Width) + "\n");
        }

        await AnswerAsync(data, combined.Facts, understood.Value, json, today, settings, console).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task AnswerAsync(DataSet data, DisputeFacts facts, UnderstoodCase? understood, bool json, DateOnly? today, Settings? settings, CliConsole console)
    {
        // On the command line the member is the local user, pseudonymized like a Discord id; the storage
        // opens before answering so the record has its pseudonym, but a failure is told after the answer.
        using var caseLog = settings is null ? null : CaseLogging.Open(settings);
        var asker = new CaseAsker(caseLog?.Pseudonym(Environment.UserName) ?? "", null, Transport.Cli);
        var (answered, record) = new AdviceService(TimeProvider.System).Advise(data, facts, DataSet.DefaultLocale, asker, today);
        console.Out.Write(json
            ? JsonAnswerRenderer.Render(answered, console.Width, understood) + "\n"
            : TerminalAnswerRenderer.Render(answered.Answer, console.UseColor, console.Width));
        await console.Out.FlushAsync().ConfigureAwait(false);
        if (caseLog is not null)
        {
            await caseLog.LogAsync(record, settings!, console).ConfigureAwait(false);
        }
    }

    // The options given beside a description: checked as /cancel-advice options are, none of them required.
    private static Outcome<IReadOnlyDictionary<string, int>, FactError> Choices(string slashLine)
    {
        var parsed = SlashLine.Parse(slashLine);
        if (!parsed.IsSuccess)
        {
            return Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure(parsed.Problems);
        }

        if (parsed.Value.Command != FactCatalog.CommandName)
        {
            var command = parsed.Value.Command;
            return Outcome<IReadOnlyDictionary<string, int>, FactError>.Failure(
                [new FactError("/" + command, $"`/{command}` is not a command ForumHelper answers here.", "/" + FactCatalog.CommandName, NearestMatch.Find(command, [FactCatalog.CommandName]) is { } nearest ? "/" + nearest : null)]);
        }

        return FactBinder.BindChoices(parsed.Value.Options);
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
