using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Binds each settings section to its options class with its validator, checked on start
/// (<c>ValidateOnStart</c>) and readable as messages first (<see cref="SettingsProblems"/>). The verbs and
/// <c>serve</c> register the sections they need, so each rule is written once, in its validator.
/// </summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>The name of the section with the Discord application's settings.</summary>
    public const string DiscordSection = "Discord";

    /// <summary>Sections <c>Storage</c>, <c>Privacy</c>, <c>CaseLog</c>: what the case log and the verbs that read it need.</summary>
    public static IServiceCollection AddCaseLogSettings(this IServiceCollection services, IConfiguration configuration) => services
        .AddCheckedSettings<StorageOptions, StorageOptionsValidator>(configuration.GetSection("Storage"), new StorageOptionsValidator())
        .AddCheckedSettings<PrivacyOptions, PrivacyOptionsValidator>(configuration.GetSection("Privacy"), new PrivacyOptionsValidator())
        .AddCheckedSettings<CaseLogOptions, CaseLogOptionsValidator>(configuration.GetSection("CaseLog"), new CaseLogOptionsValidator());

    /// <summary>Section <c>Discord</c>, checked for <c>serve</c> (public key, limits) and/or for calls with the bot token (application id, token).</summary>
    public static IServiceCollection AddDiscordSettings(this IServiceCollection services, IConfiguration configuration, bool serve, bool rest)
    {
        // People copy ids with a space around them.
        services.PostConfigure<DiscordOptions>(options => options.ApplicationId = options.ApplicationId.Trim());
        return services.AddCheckedSettings<DiscordOptions, DiscordOptionsValidator>(configuration.GetSection(DiscordSection), new DiscordOptionsValidator(serve, rest));
    }

    /// <summary>Section <c>Moderation</c>.</summary>
    public static IServiceCollection AddModerationSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCheckedSettings<ModerationOptions, ModerationOptionsValidator>(configuration.GetSection("Moderation"), new ModerationOptionsValidator());

    /// <summary>Section <c>Health</c>.</summary>
    public static IServiceCollection AddHealthSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCheckedSettings<HealthOptions, HealthOptionsValidator>(configuration.GetSection("Health"), new HealthOptionsValidator());

    /// <summary>Every section <c>serve</c> reads.</summary>
    public static IServiceCollection AddForumHelperSettings(this IServiceCollection services, IConfiguration configuration) => services
        .AddCaseLogSettings(configuration)
        .AddDiscordSettings(configuration, serve: true, rest: false)
        .AddModerationSettings(configuration)
        .AddHealthSettings(configuration);

    private static IServiceCollection AddCheckedSettings<TOptions, TValidator>(this IServiceCollection services, IConfiguration section, TValidator validator)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(validator);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICheckedSettings, CheckedSettings<TOptions>>());
        return services;
    }
}
