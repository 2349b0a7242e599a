using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support.TestHandlers;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>Registering handlers: one line each, and a route taken twice stops the composition with both names.</summary>
public class InteractionHandlerServicesTests
{
    [Fact]
    public void AddInteractionHandler_SecondHandlerForTheSameCommand_ThrowsNamingBothAndTheCommand()
    {
        var services = new ServiceCollection().AddInteractionHandler<PingCommand>();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddInteractionHandler<OtherPingCommand>());

        Assert.Contains("command /test-ping", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PingCommand), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherPingCommand), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddInteractionHandler_SameKeyForACommandAndAModal_BothRegistered()
    {
        var services = new ServiceCollection().AddInteractionHandler<PingCommand>().AddInteractionHandler<PingModal>();

        Assert.Equal(2, Registrations(services).Count);
    }

    [Fact]
    public void AddInteractionHandlers_EveryRegisteredCommand_HasADefinitionAndEveryDefinitionAHandler()
    {
        var commands = Registrations(new ServiceCollection().AddInteractionHandlers())
            .Where(registration => registration.Route.Kind == InteractionKind.Command)
            .Select(registration => registration.Route.Key);

        Assert.Equal(CommandDefinitions.All.Select(command => command.Name).Order(), commands.Order());
    }

    [Fact]
    public void AddInteractionPipeline_CalledTwiceAroundATestHandler_OneRegistryThatFindsIt()
    {
        var services = new ServiceCollection().AddInteractionPipeline().AddInteractionHandler<PingCommand>().AddInteractionPipeline();
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<InteractionRegistry>();

        Assert.True(registry.TryFind(InteractionKind.Command, PingCommand.Name, out var route, out var handler));
        Assert.Equal(PingCommand.Route, route);
        Assert.IsType<PingCommand>(handler);
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(InteractionRegistry));
    }

    private static List<InteractionHandlerRegistration> Registrations(IServiceCollection services) =>
        [.. services.Select(descriptor => descriptor.ImplementationInstance).OfType<InteractionHandlerRegistration>()];
}
