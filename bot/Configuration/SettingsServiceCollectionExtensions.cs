using System.Diagnostics.CodeAnalysis;
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
    public static IServiceCollection AddCaseLogSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage")).CheckedBy(new StorageOptionsValidator());
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection("Privacy")).CheckedBy(new PrivacyOptionsValidator());
        services.AddOptions<CaseLogOptions>().Bind(configuration.GetSection("CaseLog")).CheckedBy(new CaseLogOptionsValidator());
        return services;
    }

    /// <summary>Section <c>Discord</c>, checked for <c>serve</c> (public key, limits) and/or for calls with the bot token (application id, token).</summary>
    public static IServiceCollection AddDiscordSettings(this IServiceCollection services, IConfiguration configuration, bool serve, bool rest)
    {
        // People copy ids with a space around them.
        services.PostConfigure<DiscordOptions>(options => options.ApplicationId = options.ApplicationId.Trim());
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordSection)).CheckedBy(new DiscordOptionsValidator(serve, rest));
        return services;
    }

    /// <summary>Section <c>Moderation</c>.</summary>
    public static IServiceCollection AddModerationSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection("Moderation")).CheckedBy(new ModerationOptionsValidator());
        return services;
    }

    /// <summary>Section <c>Health</c>.</summary>
    public static IServiceCollection AddHealthSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection("Health")).CheckedBy(new HealthOptionsValidator());
        return services;
    }

    /// <summary>Every section <c>serve</c> reads.</summary>
    public static IServiceCollection AddForumHelperSettings(this IServiceCollection services, IConfiguration configuration) => services
        .AddCaseLogSettings(configuration)
        .AddDiscordSettings(configuration, serve: true, rest: false)
        .AddModerationSettings(configuration)
        .AddHealthSettings(configuration);

    // Each Bind above names its options class, so the configuration binding generator writes the
    // binding at build time (a generic Bind<TOptions> here would bind by reflection, which Native AOT cannot do).
    private static void CheckedBy<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this OptionsBuilder<TOptions> bound, IValidateOptions<TOptions> validator)
        where TOptions : class
    {
        bound.ValidateOnStart();
        bound.Services.AddSingleton(validator);
        bound.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICheckedSettings, CheckedSettings<TOptions>>());
    }
}
