using ForumHelper.Bot.Cli;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Tests.Support;

/// <summary>Runs the command line in-process with captured output.</summary>
internal static class CliRun
{
    /// <summary>Runs with a case log in a fresh temporary folder, so no test writes into the repository.</summary>
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        using var folder = new TempFolder();
        return InvokeWith(Configuration(("Storage:ConnectionString", $"Data Source={folder.File("cases.db")}")), args);
    }

    public static (int ExitCode, string Out, string Error) InvokeWith(IConfiguration configuration, params string[] args) =>
        InvokeWith(configuration, null, args);

    /// <summary>Runs as at an interactive terminal, where <paramref name="prompt"/> answers the questions (null: nobody can).</summary>
    public static (int ExitCode, string Out, string Error) InvokeWith(IConfiguration configuration, IFactPrompt? prompt, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error, UseColor: false, Width: 100, prompt), configuration);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
