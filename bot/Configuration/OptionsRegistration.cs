using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Configuration;

/// <summary>Binds each options class to its section, with the checks that run before anything starts.</summary>
internal static class OptionsRegistration
{
    public static IServiceCollection AddForumHelperOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection("Storage"))
            .Validate(o => WireNames.Parse<StorageProvider>(o.Provider) is not null,
                $"Storage:Provider must be one of {string.Join(", ", WireNames.Of<StorageProvider>())}")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is empty; e.g. Data Source=data/forumhelper.db")
            .Validate(o => o.MaxSizeMegabytes is >= 0 and <= StorageOptions.MaxSizeMegabytesLimit,
                $"Storage:MaxSizeMegabytes must be 0 (no limit) or 1–{StorageOptions.MaxSizeMegabytesLimit} megabytes")
            // Silently ignoring a cap someone set would be worse than refusing to start.
            .Validate(o => o.MaxSizeMegabytes == 0 || WireNames.Parse<StorageProvider>(o.Provider) != StorageProvider.Postgres,
                "Storage:MaxSizeMegabytes applies to SQLite only; with Storage:Provider postgres leave it 0 and limit space on the server")
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection("Privacy"))
            .Validate(o => o.RetentionDays is >= 1 and <= CaseStats.MaxDays, $"Privacy:RetentionDays must be 1–{CaseStats.MaxDays} days")
            .Validate(o => o.MinGroupSize is >= 1 and <= 1000, "Privacy:MinGroupSize must be 1–1000")
            .ValidateOnStart();
        services.AddOptions<CaseLogOptions>()
            .Bind(configuration.GetSection("CaseLog"))
            .Validate(o => o.QueueCapacity is >= 1 and <= 10_000_000, "CaseLog:QueueCapacity must be 1–10000000")
            .Validate(o => o.BatchSize is >= 1 and <= 100_000, "CaseLog:BatchSize must be 1–100000")
            .Validate(o => o.ShutdownSeconds is >= 0 and <= 3600, "CaseLog:ShutdownSeconds must be 0–3600")
            .ValidateOnStart();
        return services;
    }
}
