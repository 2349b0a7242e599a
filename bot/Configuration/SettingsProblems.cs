using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Every problem of every registered setting at once, as plain messages that name the setting and
/// what is valid. The same validators run again on start (<c>ValidateOnStart</c>); reading them
/// here first is what turns their <c>OptionsValidationException</c> into a message instead of a stack trace.
/// </summary>
internal static class SettingsProblems
{
    public static IReadOnlyList<string> Of(IServiceProvider services) =>
        [.. services.GetServices<ICheckedSettings>().Distinct().SelectMany(settings => settings.Problems(services)).Distinct()];
}
