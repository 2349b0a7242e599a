using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Settings come from <c>appsettings.json</c> in the working folder (optional), then user secrets
/// (development), then environment variables (<c>Storage__ConnectionString</c>,
/// <c>Privacy__PseudonymKey</c>…), which win.
/// Secrets belong in the environment, never in a committed file.
/// </summary>
internal static class AppConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .SetBasePath(Environment.CurrentDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(AppConfiguration).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
