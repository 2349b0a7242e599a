using ForumHelper.Bot.Cli;

namespace ForumHelper.Tests.Support;

/// <summary>Runs the command line in-process with captured output.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error, UseColor: false, Width: 100));
        return (exitCode, output.ToString(), error.ToString());
    }
}
