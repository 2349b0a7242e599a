using System.CommandLine;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Bot.Cli;

/// <summary><c>dev-keys</c>: makes a development key pair for trying the endpoint locally, with no Discord account.</summary>
internal static class DevKeysVerb
{
    public const string DefaultFile = "dev-signing.key";

    public static Command Create(CliConsole console)
    {
        var file = new Option<string>("--out") { Description = "Where to keep the private key (git-ignored)", DefaultValueFactory = _ => DefaultFile };
        var command = new Command("dev-keys", "Create a development key pair to try the endpoint locally (not for a real Discord app)") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, console));
        return command;
    }

    private static int Run(string path, CliConsole console)
    {
        if (File.Exists(path))
        {
            console.Error.WriteLine($"{path} already exists; remove it first, or pass --out to write another file.");
            return ExitCodes.Usage;
        }

        var (privateHex, publicHex) = DevelopmentKeys.Create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(path, options)))
        {
            writer.Write(privateHex);
        }

        console.Out.WriteLine($"Private key written to {path} (used by `send-sample`; keep it out of git).");
        console.Out.WriteLine($"Public key: {publicHex}");
        console.Out.WriteLine();
        console.Out.WriteLine("Start the endpoint with it:");
        console.Out.WriteLine($"  dotnet run --project bot -- serve --dev-key {path}");
        console.Out.WriteLine("Then, in another terminal:");
        console.Out.WriteLine("  dotnet run --project bot -- send-sample --ping");
        return ExitCodes.Success;
    }
}
