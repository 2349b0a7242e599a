using ForumHelper.Core.Outcomes;
using System.Threading.RateLimiting;
using ForumHelper.Bot.Commands;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Builds the interactions endpoint: every setting, the public key, the data files and the
/// database are checked before it listens; any problem stops the start with a plain message.
/// </summary>
public static class ServeHost
{
    /// <summary>Checks every setting and opens the data and the database; the app, or every problem found.</summary>
    /// <param name="configuration">The settings.</param>
    /// <param name="dataFolder">Where the data files are.</param>
    /// <param name="time">The clock.</param>
    /// <param name="extraLogs">Another place for the log lines besides the console (tests read them from it).</param>
    public static Outcome<WebApplication, string> Build(IConfiguration configuration, string dataFolder, TimeProvider time, ILoggerProvider? extraLogs = null)
    {
        var problems = new List<string>();
        var settings = Settings.Load(configuration);
        problems.AddRange(settings.Problems);
        var serve = ServeSettings.Load(configuration);
        problems.AddRange(serve.Problems);
        var urls = ListenAddresses.From(configuration);
        problems.AddRange(urls.Problems);
        if (problems.Count > 0)
        {
            return Outcome<WebApplication, string>.Failure(problems);
        }

        var (discord, moderation) = serve.Value!;
        var verifier = SignatureVerifier.Create(discord.PublicKey, time, discord.MaxClockSkewSeconds);
        if (!verifier.IsSuccess)
        {
            return Outcome<WebApplication, string>.Failure(verifier.Problems);
        }

        // Loading and checking the data is the slowest part of a start: it runs while the web host and the database are set up.
        using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var dataLoading = Task.Run(() => DataSetProvider.Load(dataFolder, startupLogs.CreateLogger<DataSetProvider>()));

        // Our settings come in whole through `configuration`. Without this, the host would also watch its
        // content root (the working folder) for appsettings changes, waking on every write of a database kept there.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls.Value!);
        // Kestrel's own cap is a backstop far above ours; the endpoint answers 413 itself past 64 KiB.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 16 * InteractionEndpoint.MaxBodyBytes);
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        StartFailureLogFilter.WrapConsole(builder.Services);
        if (extraLogs is not null)
        {
            builder.Logging.AddProvider(extraLogs);
        }

        // One line per request from ASP.NET Core is noise at this volume; ForumHelper's own logs stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var storage = CaseStorage.Open(settings.Value!.Storage, settings.Value.Privacy);
        var data = dataLoading.GetAwaiter().GetResult();
        if (!data.IsSuccess)
        {
            if (storage.IsSuccess)
            {
                storage.Value!.Dispose();
            }

            return Outcome<WebApplication, string>.Failure([$"The data files in {dataFolder} have problems (run `check-data`):", .. data.Problems.Take(20).Select(p => "  " + p)]);
        }

        if (!storage.IsSuccess)
        {
            return Outcome<WebApplication, string>.Failure(storage.Problems);
        }

        var services = builder.Services;
        services.AddSingleton(time);
        services.AddSingleton(verifier.Value!);
        services.AddSingleton(discord);
        services.AddSingleton(moderation);
        services.AddSingleton(settings.Value.Privacy);
        services.AddSingleton(settings.Value.CaseLog);
        // A factory, not an instance: the container then disposes the store (closing SQLite) when the host stops.
        services.AddSingleton(_ => storage.Value!);
        services.AddSingleton(data.Value!);
        services.AddSingleton(provider => new CaseLog(
            storage.Value!.Store,
            settings.Value.CaseLog,
            TimeSpan.FromDays(settings.Value.Privacy.RetentionDays),
            provider.GetRequiredService<ILogger<CaseLog>>(),
            time));
        services.AddSingleton<DeferredWork>();
        // One window per member; the partitioned limiter's own heartbeat refills them all, rather than a timer per member.
        services.AddSingleton(PartitionedRateLimiter.Create<string, string>(member => RateLimitPartition.GetFixedWindowLimiter(
            member, _ => new FixedWindowRateLimiterOptions { PermitLimit = discord.AdvicePerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = false })));
        services.AddSingleton(Options.Create(discord));
        services.AddDiscordRest();
        services.AddSingleton<CancelAdviceCommand>();
        services.AddSingleton<CaseStatsCommand>();
        services.AddSingleton<FeedbackButton>();
        services.AddSingleton<WhatIfButton>();
        services.AddSingleton<ShareButton>();
        services.AddSingleton<ForgetButton>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddHostedService<DataFolderWatcher>();
        services.AddHostedService<CaseLogService>();

        var app = builder.Build();
        app.MapPost("/interactions", InteractionEndpoint.HandleAsync);
        app.MapGet("/healthz", (DataSetProvider provider, CaseStorage cases, CaseLog log) => Health(provider, cases, log));
        app.MapFallback((HttpContext http) => Results.NotFound("ForumHelper answers POST /interactions and GET /healthz."));

        // Resolve now, so the data and the log exist before the first request.
        app.Services.GetRequiredService<CaseLog>();
        return Outcome<WebApplication, string>.Success(app);
    }

    private static IResult Health(DataSetProvider data, CaseStorage storage, CaseLog log)
    {
        try
        {
            storage.Store.ReadMeta(PseudonymKeys.FingerprintMeta);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException)
        {
            return Results.Json(new Dictionary<string, object> { ["status"] = "database unavailable", ["reason"] = error.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // Still 200 while the writer retries: the answers do not need the database, and a probe that
        // failed now would get a bot that is answering fine restarted or taken out of service.
        var counters = log.Counters;
        var problem = log.Problem;
        var health = new Dictionary<string, object>
        {
            ["status"] = problem is null ? "ok" : "degraded",
            ["dataVersion"] = data.Current.Version,
            ["casesWritten"] = counters.Written,
            ["casesPending"] = counters.Pending,
            ["casesDropped"] = counters.Dropped,
            ["casesLost"] = counters.Lost,
            ["databaseReopened"] = counters.Reopened,
        };
        if (problem is not null)
        {
            health["caseLogProblem"] = problem;
        }

        return Results.Json(health);
    }
}
