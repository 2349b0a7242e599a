using System.Globalization;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Where <c>serve</c> listens, by ASP.NET Core's conventions: <c>--urls</c>, else the <c>Urls</c> setting
/// (also fed by <c>ASPNETCORE_URLS</c>, see <c>AppConfiguration</c>), else <c>ASPNETCORE_HTTP_PORTS</c> on
/// every interface (what a container platform sets), else loopback port 8080.
/// </summary>
internal static class ListenAddresses
{
    public const string Default = "http://127.0.0.1:8080";

    /// <summary>The key <c>ASPNETCORE_HTTP_PORTS</c> arrives under once its prefix is taken off.</summary>
    public const string HttpPortsKey = "HTTP_PORTS";

    /// <summary>The addresses to listen on, <c>;</c>-separated, or what is wrong with the setting.</summary>
    public static Outcome<string, string> From(IConfiguration configuration)
    {
        var urls = configuration["Urls"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var bad = Split(urls).Where(url => !IsHttpAddress(url)).ToList();
            return bad.Count == 0
                ? Outcome<string, string>.Success(string.Join(';', Split(urls)))
                : Outcome<string, string>.Failure([$"Urls (or --urls, ASPNETCORE_URLS) must be http addresses like http://127.0.0.1:8080 or http://0.0.0.0:8080, separated by ';', not `{bad[0]}`. For HTTPS, put a proxy in front (README, Deploy)."]);
        }

        var ports = configuration[HttpPortsKey];
        if (!string.IsNullOrWhiteSpace(ports))
        {
            var bad = Split(ports).Where(port => !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535).ToList();
            return bad.Count == 0
                ? Outcome<string, string>.Success(string.Join(';', Split(ports).Select(port => "http://*:" + port)))
                : Outcome<string, string>.Failure([$"ASPNETCORE_HTTP_PORTS must be port numbers 1–65535 separated by ';', not `{bad[0]}`."]);
        }

        return Outcome<string, string>.Success(Default);
    }

    /// <summary>Kestrel could not bind an address (in use, not this machine's, not allowed): what <c>serve</c> says in one line.</summary>
    public static bool IsBindFailure(Exception error) =>
        error is IOException
        && (error.InnerException is System.Net.Sockets.SocketException or Microsoft.AspNetCore.Connections.AddressInUseException
            || error.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal));

    private static string[] Split(string list) => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Kestrel's wildcards (*, +) are not valid host names for Uri, so the host is checked only for being there.
    private static bool IsHttpAddress(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && uri.Host.Length > 0
        && uri.AbsolutePath == "/";
}
