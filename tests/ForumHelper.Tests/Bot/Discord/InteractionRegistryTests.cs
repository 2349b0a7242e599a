using ForumHelper.Bot.Discord;
using ForumHelper.Tests.Support.TestHandlers;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>The registry built from the registrations: found by kind and key, and no route twice even when registered by hand.</summary>
public class InteractionRegistryTests
{
    [Fact]
    public void Constructor_TwoRegistrationsOfOneRoute_ThrowsNamingBoth()
    {
        using var provider = new ServiceCollection().AddSingleton<PingCommand>().AddSingleton<OtherPingCommand>().BuildServiceProvider();
        InteractionHandlerRegistration[] registrations =
        [
            new(PingCommand.Route, typeof(PingCommand)),
            new(OtherPingCommand.Route, typeof(OtherPingCommand)),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => new InteractionRegistry(registrations, provider));

        Assert.Equal(InteractionRegistry.Clash(PingCommand.Route, typeof(PingCommand), typeof(OtherPingCommand)), error.Message);
    }

    [Theory]
    [InlineData(InteractionKind.Modal, PingCommand.Name)]
    [InlineData(InteractionKind.Command, "TEST-PING")]
    [InlineData(InteractionKind.Command, "")]
    public void TryFind_OtherKindOrKey_NotFound(InteractionKind kind, string key)
    {
        using var provider = new ServiceCollection().AddSingleton<PingCommand>().BuildServiceProvider();
        var registry = new InteractionRegistry([new(PingCommand.Route, typeof(PingCommand))], provider);

        Assert.False(registry.TryFind(kind, key, out _, out _));
    }

    [Theory]
    [InlineData("feedback:123:helpful:abc", "feedback")]
    [InlineData("forget:confirm", "forget")]
    [InlineData("click_one", "click_one")]
    [InlineData(":", "")]
    [InlineData("", "")]
    public void PrefixOf_CustomId_UpToTheFirstColon(string customId, string prefix)
    {
        Assert.Equal(prefix, InteractionRoute.PrefixOf(customId));
    }
}
