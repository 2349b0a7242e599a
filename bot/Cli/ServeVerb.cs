using System.CommandLine;
using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>serve</c>: the Discord interactions endpoint (<c>POST /interactions</c>, <c>GET /healthz</c>), until stopped.</summary>
internal static class ServeVerb
{
    public static Command Create(Option<string?> dataOption, CliConsole console, IConfiguration configuration)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {ServeHost.DefaultUrl}, or the Urls setting)" };
        var command = new Command("serve", "Run the Discord interactions endpoint") { urls };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(urls), DataFolder.Resolve(parse.GetValue(dataOption)), console, configuration, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? urls, string dataFolder, CliConsole console, IConfiguration configuration, CancellationToken cancel)
    {
        var effective = urls is null
            ? configuration
            : new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection([new("Urls", urls)]).Build();
        var built = ServeHost.Build(effective, dataFolder, TimeProvider.System);
        if (!built.IsSuccess)
        {
            console.Error.WriteLine("ForumHelper cannot start:");
            foreach (var problem in built.Problems)
            {
                console.Error.WriteLine("  " + problem);
            }

            return ExitCodes.Usage;
        }

        await using var app = built.Value;
        await app.RunAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
