using System.Text.RegularExpressions;
using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Deploy;

/// <summary>
/// <c>deploy/nginx/forumhelper.conf</c>: nginx connects to ForumHelper from loopback, so every request
/// it passes on must carry X-Forwarded-For, or anyone on the internet would get /healthz's details
/// as if they were on the server.
/// </summary>
public sealed partial class NginxSiteTests
{
    private static string Site => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "forumhelper.conf"));

    [Fact]
    public void Site_EveryLocationThatProxies_AddsXForwardedFor()
    {
        var locations = Locations(Site);

        Assert.NotEmpty(locations);
        Assert.All(locations.Where(block => block.Contains("proxy_pass", StringComparison.Ordinal)), block =>
            Assert.Matches(@"(?m)^\s*proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;", block));
        Assert.Contains("X-Forwarded-For", HealthEndpoint.ForwardingHeaders);
    }

    /// <summary>The text of each <c>location … { … }</c> block, its nested braces included.</summary>
    private static List<string> Locations(string site)
    {
        var text = CommentLine().Replace(site, "");
        var blocks = new List<string>();
        foreach (Match start in LocationStart().Matches(text))
        {
            var depth = 0;
            for (var at = start.Index + start.Length - 1; at < text.Length; at++)
            {
                depth += text[at] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth == 0)
                {
                    blocks.Add(text[start.Index..(at + 1)]);
                    break;
                }
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"#[^\n]*")]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"\blocation\b[^{;]*\{")]
    private static partial Regex LocationStart();
}
