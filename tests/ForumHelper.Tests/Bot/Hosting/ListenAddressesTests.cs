using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>Where serve listens: Urls, else ASPNETCORE_HTTP_PORTS on every interface, else loopback 8080; bad values named.</summary>
public sealed class ListenAddressesTests
{
    [Fact]
    public void From_NothingSet_LoopbackPort8080()
    {
        Assert.Equal("http://127.0.0.1:8080", ListenAddresses.From(Configuration()).Value);
    }

    [Fact]
    public void From_HttpPorts_EveryInterfaceOnEachPort()
    {
        Assert.Equal("http://*:8080;http://*:9000", ListenAddresses.From(Configuration(("HTTP_PORTS", "8080; 9000"))).Value);
    }

    [Fact]
    public void From_UrlsAndHttpPorts_UrlsWin()
    {
        Assert.Equal("http://127.0.0.1:5000", ListenAddresses.From(Configuration(("HTTP_PORTS", "8080"), ("Urls", "http://127.0.0.1:5000"))).Value);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://[::1]:8080;http://localhost:8081")]
    public void From_KestrelAddressForms_Accepted(string urls)
    {
        Assert.True(ListenAddresses.From(Configuration(("Urls", urls))).IsSuccess);
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("https://127.0.0.1:8443")]
    [InlineData("http://127.0.0.1:8080/bot")]
    [InlineData("127.0.0.1:8080")]
    public void From_UrlsNotAnHttpAddress_FailsNamingTheValueAndAValidForm(string urls)
    {
        var result = ListenAddresses.From(Configuration(("Urls", urls)));

        Assert.False(result.IsSuccess);
        Assert.Contains($"`{urls}`", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080", result.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("70000")]
    public void From_HttpPortsNotAPort_FailsNamingTheVariable(string ports)
    {
        var result = ListenAddresses.From(Configuration(("HTTP_PORTS", ports)));

        Assert.False(result.IsSuccess);
        Assert.StartsWith("ASPNETCORE_HTTP_PORTS must be port numbers 1–65535", result.Problems[0], StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
