using System.CommandLine;
using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>serve</c>: the Discord interactions endpoint (<c>POST /interactions</c>, <c>GET /healthz</c>), until stopped.</summary>
internal static class ServeVerb
{
    public static Command Create(Option<string?> dataOption, CliConsole console, IConfiguration configuration)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen; wins over the Urls setting, ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS (default {ListenAddresses.Default})" };
        var devKey = new Option<string?>("--dev-key") { Description = "Trust requests signed with this development key (from `dev-keys`) instead of Discord's" };
        var command = new Command("serve", "Run the Discord interactions endpoint") { urls, devKey };
        command.SetAction(parse => RunAsync(parse.GetValue(urls), parse.GetValue(devKey), DataFolder.Resolve(parse.GetValue(dataOption)), console, configuration));
        return command;
    }

    private static async Task<int> RunAsync(string? urls, string? devKeyFile, string dataFolder, CliConsole console, IConfiguration configuration)
    {
        var overrides = new Dictionary<string, string?>();
        if (urls is not null)
        {
            overrides["Urls"] = urls;
        }

        if (devKeyFile is not null)
        {
            if (!File.Exists(devKeyFile))
            {
                console.Error.WriteLine($"{devKeyFile} not found: run `dev-keys` first.");
                return ExitCodes.Usage;
            }

            overrides["Discord:PublicKey"] = Discord.DevelopmentKeys.PublicOf(await File.ReadAllTextAsync(devKeyFile).ConfigureAwait(false));
            var followUps = DevelopmentFollowUps(configuration, overrides);
            console.Error.WriteLine($"Using the development key in {devKeyFile}: only `send-sample` can talk to this endpoint, not Discord.");
            console.Error.WriteLine($"Deferred replies (/case-stats) go to {followUps}, where `send-sample` waits for them.");
        }

        var effective = overrides.Count == 0
            ? configuration
            : new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overrides).Build();
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
        try
        {
            await app.RunAsync().ConfigureAwait(false);
        }
        catch (IOException error) when (ListenAddresses.IsBindFailure(error))
        {
            // 1, not 2: a port still held by a stopping process frees up, so a service manager may try again.
            console.Error.WriteLine($"ForumHelper cannot listen on {ListenAddresses.From(effective).Value}: {error.Message} Choose another with --urls (or Urls, ASPNETCORE_URLS).");
            return ExitCodes.DataProblems;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// With the development key, no interaction comes from Discord, so no reply can be edited there:
    /// deferred replies go to <c>send-sample</c>'s receiver on this machine (Discord:ApiBaseUrl when it
    /// names a loopback address already, else port <see cref="FollowUpReceiver.DefaultPort"/>), for the
    /// sample application id unless one is set. Returns where they go.
    /// </summary>
    internal static string DevelopmentFollowUps(IConfiguration configuration, Dictionary<string, string?> overrides)
    {
        if (string.IsNullOrWhiteSpace(configuration["Discord:ApplicationId"]))
        {
            overrides["Discord:ApplicationId"] = Discord.SampleInteractions.ApplicationId;
        }

        var configured = configuration["Discord:ApiBaseUrl"];
        if (Configuration.HttpUrlRule.Parse(configured) is { IsLoopback: true })
        {
            return configured!.Trim();
        }

        return overrides["Discord:ApiBaseUrl"] = FollowUpReceiver.ApiBaseUrl(FollowUpReceiver.DefaultPort);
    }
}
