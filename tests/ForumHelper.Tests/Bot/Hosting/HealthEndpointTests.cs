using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// <c>GET /healthz</c> over real loopback HTTP: anyone gets the status; the details (counts, the data
/// version, the database's path and the driver's errors) only a caller on this machine that came
/// through no proxy, or one with the configured <c>Health:Token</c>.
/// </summary>
public sealed class HealthEndpointTests
{
    private const string Token = "health-token-0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Healthz_FromThisMachineDirectly_ShowsTheDetails()
    {
        await using var server = await InteractionServer.StartAsync();

        var (status, health) = await GetAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.NotNull(health["dataVersion"]);
        Assert.NotNull(health["casesWritten"]);
    }

    [Fact]
    public async Task Healthz_AfterAMemberAsked_CountsThemAmongTheMembersTracked()
    {
        // The per-member rate limit's size: what a soak watches to see it stays bounded.
        await using var server = await InteractionServer.StartAsync();
        var before = (await GetAsync(server)).Health["membersTracked"]!.GetValue<int>();

        await server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
        var (_, health) = await GetAsync(server);

        Assert.Equal(0, before);
        Assert.Equal(1, health["membersTracked"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    public async Task Healthz_ThroughAProxyOnThisMachine_StatusOnly(string header, string value)
    {
        // nginx in front connects from loopback and adds X-Forwarded-For (deploy/nginx/forumhelper.conf): the caller is elsewhere.
        await using var server = await InteractionServer.StartAsync();

        var (status, health) = await GetAsync(server, (header, value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["status"], health.Select(property => property.Key));
        Assert.Equal("ok", health["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Healthz_DatabaseUnreadableAndAskedThroughAProxy_503WithoutPathOrDriverError()
    {
        await using var server = await InteractionServer.StartAsync();
        foreach (var file in new[] { server.DatabasePath, server.DatabasePath + "-wal", server.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        var (status, health) = await GetAsync(server, ("X-Forwarded-For", "203.0.113.9"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("""{"status":"database unavailable"}""", health.ToJsonString());
    }

    [Fact]
    public async Task Healthz_ThroughAProxyWithTheConfiguredToken_ShowsTheDetails()
    {
        await using var server = await InteractionServer.StartAsync(("Health:Token", Token));

        var (status, health) = await GetAsync(server, ("X-Forwarded-For", "203.0.113.9"), ("Authorization", "Bearer " + Token));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(health["casesWritten"]);
    }

    [Theory]
    [InlineData("Bearer health-token-0123456789abcdef0123456789abcdeX")]
    [InlineData("Bearer health-token-0123456789abcdef0123456789abcdef0")]
    [InlineData("Bearer ")]
    [InlineData("health-token-0123456789abcdef0123456789abcdef")]
    [InlineData("Basic health-token-0123456789abcdef0123456789abcdef")]
    public async Task Healthz_ThroughAProxyWithAWrongToken_StatusOnly(string authorization)
    {
        await using var server = await InteractionServer.StartAsync(("Health:Token", Token));

        var (_, health) = await GetAsync(server, ("X-Forwarded-For", "203.0.113.9"), ("Authorization", authorization));

        Assert.Equal(["status"], health.Select(property => property.Key));
    }

    [Fact]
    public async Task Healthz_NoTokenConfiguredAndAnEmptyBearerSent_StatusOnly()
    {
        await using var server = await InteractionServer.StartAsync();

        var (_, health) = await GetAsync(server, ("X-Forwarded-For", "203.0.113.9"), ("Authorization", "Bearer "));

        Assert.Equal(["status"], health.Select(property => property.Key));
    }

    [Theory]
    [InlineData("203.0.113.9", null, false)]
    [InlineData("2001:db8::9", null, false)]
    [InlineData("203.0.113.9", "Bearer " + Token, true)]
    [InlineData("::ffff:127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    public async Task Answer_ConnectionFromAnotherAddress_DetailsOnlyWithTheToken(string remote, string? authorization, bool details)
    {
        // In process: a socket from another machine cannot be had on loopback, so the handler gets the address Kestrel would report.
        await using var server = await InteractionServer.StartAsync(("Health:Token", Token));
        var http = new DefaultHttpContext { RequestServices = server.App.Services };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        using var body = new MemoryStream();
        http.Response.Body = body;
        var services = server.App.Services;
        await HealthEndpoint.Answer(http, services.GetRequiredService<DataSetProvider>(), services.GetRequiredService<CaseStorage>(), services.GetRequiredService<CaseLog>(), services.GetRequiredService<IOptions<HealthOptions>>(), services.GetRequiredService<MemberRateLimiter>()).ExecuteAsync(http);

        var health = Assert.IsType<JsonObject>(JsonNode.Parse(Encoding.UTF8.GetString(body.ToArray())));
        Assert.Equal(details, health.ContainsKey("casesWritten"));
        Assert.Equal("ok", health["status"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, JsonObject Health)> GetAsync(InteractionServer server, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "healthz");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }
}
