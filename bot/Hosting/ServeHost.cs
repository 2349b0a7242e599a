using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Yaml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Builds the interactions endpoint: every setting, the public key, the data files and the
/// database are checked before it listens; any problem stops the start with a plain message.
/// </summary>
public static class ServeHost
{
    /// <summary>
    /// Open connections Kestrel accepts at once: far above what Discord's traffic to one replica
    /// needs (it reuses a few connections), and a bound on what idle or slow clients can hold.
    /// </summary>
    public const int MaxConnections = 2048;

    /// <summary>Checks every setting and opens the data and the database; the app, or every problem found.</summary>
    /// <param name="configuration">The settings.</param>
    /// <param name="dataFolder">Where the data files are.</param>
    /// <param name="time">The clock.</param>
    /// <param name="extraLogs">Another place for the log lines besides the console (tests read them from it).</param>
    /// <param name="moreHandlers">Registers more interaction handlers (tests add their own commands, modals and autocompletes).</param>
    public static Outcome<WebApplication, string> Build(IConfiguration configuration, string dataFolder, TimeProvider time, ILoggerProvider? extraLogs = null, Action<IServiceCollection>? moreHandlers = null)
    {
        // Loading and checking the data is the slowest part of a start: it runs while the web host and the database are set up.
        // An unchanged restart skips the exhaustive checks: a marker beside the database remembers the last full one.
        var marker = DataCheckMarkerLocation.From(configuration);
        var dataLoading = Task.Run(() => DataSetProvider.Load(dataFolder, marker));
        var urls = ListenAddresses.From(configuration);

        // Our settings come in whole through `configuration`. Without this, the host would also watch its
        // content root (the working folder) for appsettings changes, waking on every write of a database kept there.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls.IsSuccess ? urls.Value : ListenAddresses.Default);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Kestrel's own cap is a backstop far above ours; the endpoint answers 413 itself past 64 KiB.
            kestrel.Limits.MaxRequestBodySize = 16 * InteractionEndpoint.MaxBodyBytes;

            // Discord sends a request in one go: a body trickling in slower than 1 KiB/s after a few
            // seconds, headers slower than 10 s, or more connections than a busy bot ever holds are
            // someone holding resources before any signature is checked (README: put nginx in front).
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(5));
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MaxConcurrentConnections = MaxConnections;
        });
        ConfigureLogging(builder, extraLogs);

        var services = builder.Services;
        services.AddSingleton(time);
        services.AddForumHelperSettings(builder.Configuration);
        services.AddCaseLog();
        services.AddDataSet(dataLoading);
        services.AddInteractionEndpoint();
        services.AddDiscordRest();
        services.AddInteractionHandlers();
        moreHandlers?.Invoke(services);

        var app = builder.Build();
        app.MapPost("/interactions", InteractionEndpoint.HandleAsync);
        app.MapGet("/healthz", HealthEndpoint.Answer);
        app.MapFallback((HttpContext http) => Results.NotFound("ForumHelper answers POST /interactions and GET /healthz."));

        var problems = StartProblems(app.Services, urls, dataFolder, dataLoading);
        if (problems.Count > 0)
        {
            // Closes the database if it was opened.
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return Outcome<WebApplication, string>.Failure(problems);
        }

        // Resolve now, so the data, the log, the key and the pipeline exist before the first request, not within its 3 seconds.
        app.Services.GetRequiredService<CaseLog>();
        app.Services.GetRequiredService<SignatureVerifier>();
        app.Services.GetRequiredService<InteractionDispatcher>();
        LogDataCheck(app.Services);
        return Outcome<WebApplication, string>.Success(app);
    }

    /// <summary>
    /// Every setting's problems at once (the validators that <c>ValidateOnStart</c> runs, read as messages, never
    /// an <c>OptionsValidationException</c>), then, with good settings, the data files' and the database's.
    /// </summary>
    private static List<string> StartProblems(IServiceProvider services, Outcome<string, string> urls, string dataFolder, Task<Outcome<DataSetProvider, DataProblem>> dataLoading)
    {
        List<string> problems = [.. SettingsProblems.Of(services), .. urls.Problems];
        if (problems.Count > 0)
        {
            // Let the loading finish: nothing may still read the data folder once Build has returned.
            dataLoading.Wait();
            return problems;
        }

        var storage = services.GetRequiredService<Outcome<CaseStorage, string>>();
        if (storage.IsSuccess)
        {
            // Owned by the container from here, so disposing the app closes it.
            services.GetRequiredService<CaseStorage>();
        }

        var data = dataLoading.GetAwaiter().GetResult();
        return !data.IsSuccess ? [$"The data files in {dataFolder} have problems (run `check-data`):", .. data.Problems.Take(20).Select(p => "  " + p)]
            : !storage.IsSuccess ? [.. storage.Problems]
            : [];
    }

    /// <summary>One line on how the first data set was vouched for: the full check, or a marker of an earlier one.</summary>
    private static void LogDataCheck(IServiceProvider services)
    {
        var data = services.GetRequiredService<DataSetProvider>().Current;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServeHost).FullName!);
        if (data.Check.Skipped)
        {
            logger.LogInformation("Data {Version}: the full check was skipped; {Marker} says this build already checked these very files", data.Version, data.Check.Marker);
        }
        else if (data.Check.MarkerProblem is { } problem)
        {
            logger.LogWarning("Data {Version}: fully checked, but {Marker} could not be written ({Problem}); the next start checks again", data.Version, data.Check.Marker, problem);
        }
        else if (data.Check.Marker is { } marker)
        {
            logger.LogInformation("Data {Version}: fully checked; remembered in {Marker}, so a restart with the same files and program skips the check", data.Version, marker);
        }
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, ILoggerProvider? extraLogs)
    {
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        StartFailureLogFilter.WrapConsole(builder.Services);
        if (extraLogs is not null)
        {
            builder.Logging.AddProvider(extraLogs);
        }

        // One line per request from ASP.NET Core is noise at this volume; ForumHelper's own logs stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
