using System.Globalization;
using System.Net.Sockets;
using System.Net;
using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

/// <summary>
/// Where the real <c>serve</c> process listens, by ASP.NET Core's conventions (<c>--urls</c> over
/// <c>ASPNETCORE_URLS</c> over <c>ASPNETCORE_HTTP_PORTS</c>), and what it says when it cannot.
/// </summary>
public sealed class ServeVerbListenTests
{
    private readonly string _privateKey = DevelopmentKeys.Create().PrivateHex;

    [Fact]
    public async Task Serve_AspNetCoreUrlsSet_ListensThereAndAnswersAPing()
    {
        using var state = new TempFolder();
        var port = LoopbackPorts.Free();

        await using var serve = await ServeProcess.StartAsync(_privateKey, state, new ServeLaunch { Urls = null, Settings = [("ASPNETCORE_URLS", $"http://127.0.0.1:{port}")] });

        Assert.Equal(port, serve.Http.BaseAddress!.Port);
        Assert.Equal((200, """{"type":1}"""), await serve.TrySendAsync(Interactions.Ping(), _privateKey));
    }

    [Fact]
    public async Task Serve_AspNetCoreHttpPortsSet_ListensOnThatPort()
    {
        using var state = new TempFolder();
        var port = LoopbackPorts.Free();

        await using var serve = await ServeProcess.StartAsync(_privateKey, state, new ServeLaunch { Urls = null, Settings = [("ASPNETCORE_HTTP_PORTS", port.ToString(CultureInfo.InvariantCulture))] });

        Assert.Equal(port, serve.Http.BaseAddress!.Port);
        Assert.Equal(200, (await serve.TrySendAsync(Interactions.Ping(), _privateKey))?.Status);
    }

    [Fact]
    public async Task Serve_UrlsOptionAndAspNetCoreUrls_TheOptionWins()
    {
        using var state = new TempFolder();
        var (mine, theirs) = (LoopbackPorts.Free(), LoopbackPorts.Free());

        await using var serve = await ServeProcess.StartAsync(_privateKey, state, new ServeLaunch
        {
            Urls = $"http://127.0.0.1:{mine}",
            Settings = [("ASPNETCORE_URLS", $"http://127.0.0.1:{theirs}"), ("ASPNETCORE_HTTP_PORTS", theirs.ToString(CultureInfo.InvariantCulture))],
        });

        Assert.Equal(mine, serve.Http.BaseAddress!.Port);
    }

    [Fact]
    public async Task Serve_PortInUse_SaysSoInOnePlainLineAndExitsOne()
    {
        using var state = new TempFolder();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, output) = await ServeProcess.RunUntilExitAsync(_privateKey, state, new ServeLaunch { Urls = $"http://127.0.0.1:{port}" });

        // 1, so that systemd (RestartPreventExitStatus=2) tries again once the port is free.
        Assert.Equal(1, exitCode);
        Assert.Contains($"ForumHelper cannot listen on http://127.0.0.1:{port}", output, StringComparison.Ordinal);
        Assert.Contains("address already in use", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UrlsNotAnHttpAddress_NamesTheSettingAndExitsTwo()
    {
        using var state = new TempFolder();

        var (exitCode, output) = await ServeProcess.RunUntilExitAsync(_privateKey, state, new ServeLaunch { Urls = null, Settings = [("ASPNETCORE_URLS", "localhost:8080")] });

        Assert.Equal(2, exitCode);
        Assert.Contains("ASPNETCORE_URLS", output, StringComparison.Ordinal);
        Assert.Contains("`localhost:8080`", output, StringComparison.Ordinal);
    }
}
