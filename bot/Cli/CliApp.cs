using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary>The command line: the verbs, one parse, and exit code 2 with a short message for anything not understood.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console, IConfiguration configuration)
    {
        var data = new Option<string?>("--data") { Description = "The data folder (default: ./data, else the copy beside the program)", Recursive = true };
        var root = new RootCommand("ForumHelper: advice on freelance-marketplace order cancellations")
        {
            AskVerb.Create(data, console, configuration),
            CheckDataVerb.Create(data, console),
            CheckCasesVerb.Create(data, console),
            StatsVerb.Create(console, configuration),
            ForgetVerb.Create(console, configuration),
            ServeVerb.Create(data, console, configuration),
            RegisterCommandsVerb.Create(console, configuration),
            DevKeysVerb.Create(console),
            SendSampleVerb.Create(console),
        };
        root.Options.Add(data);

        var parsed = root.Parse(args);
        if (AskVerb.UnquotedLine(parsed) is { } unquoted)
        {
            console.Error.WriteLine(unquoted);
            return ExitCodes.Usage;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            console.Error.WriteLine($"Verbs: {string.Join(", ", root.Subcommands.Select(c => c.Name))}. Run with --help for details.");
            return ExitCodes.Usage;
        }

        try
        {
            // The host handles Ctrl+C and SIGTERM itself (draining the case log); System.CommandLine must not kill the process first.
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("Could not read or write a file: " + error.Message);
            return ExitCodes.DataProblems;
        }
    }
}
