using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Configuration;

/// <summary>
/// Settings come from ASP.NET Core's <c>ASPNETCORE_</c> variables (<c>ASPNETCORE_URLS</c> becomes <c>Urls</c>,
/// as in any ASP.NET Core app), then <c>appsettings.json</c> in the working folder (optional), then user secrets
/// (development), then environment variables (<c>Storage__ConnectionString</c>,
/// <c>Privacy__PseudonymKey</c>…), which win.
/// Secrets belong in the environment, never in a committed file.
/// </summary>
internal static class AppConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .SetBasePath(Environment.CurrentDirectory)
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(AppConfiguration).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
