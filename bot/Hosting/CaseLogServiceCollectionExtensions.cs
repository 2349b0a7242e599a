using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Hosting;

/// <summary>Registers the case store and the case log (settings from <c>AddCaseLogSettings</c>).</summary>
public static class CaseLogServiceCollectionExtensions
{
    /// <summary>
    /// The store, opened on first use as an outcome (<see cref="Outcome{TValue, TProblem}"/> of <see cref="CaseStorage"/>), so
    /// the start can report a database it cannot open; <see cref="CaseStorage"/> itself (disposed, closing SQLite, when
    /// the host stops); the log that writes to it, and the service that drains it on stop.
    /// </summary>
    public static IServiceCollection AddCaseLog(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<CaseLogOptions>>().Value);
        services.AddSingleton(provider => CaseStorage.Open(provider.GetRequiredService<IOptions<StorageOptions>>().Value, provider.GetRequiredService<PrivacyOptions>()));
        services.AddSingleton(provider => provider.GetRequiredService<Outcome<CaseStorage, string>>().Value!);
        services.AddSingleton(provider => new CaseLog(
            provider.GetRequiredService<CaseStorage>().Store,
            provider.GetRequiredService<CaseLogOptions>(),
            TimeSpan.FromDays(provider.GetRequiredService<PrivacyOptions>().RetentionDays),
            provider.GetRequiredService<ILogger<CaseLog>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DeferredWork>();
        services.AddHostedService<CaseLogService>();
        return services;
    }
}
