using System.Diagnostics.CodeAnalysis;
using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Discord;

/// <summary>Registers interaction handlers and the one pipeline that routes to them.</summary>
public static class InteractionHandlerServices
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> for the route it declares. A route already taken
    /// throws here, while the services are composed, so a clash stops the start with both names.
    /// </summary>
    public static IServiceCollection AddInteractionHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where THandler : class, IRoutedInteractionHandler
    {
        var route = THandler.Route;
        var taken = services
            .Select(descriptor => descriptor.IsKeyedService ? null : descriptor.ImplementationInstance as InteractionHandlerRegistration)
            .FirstOrDefault(existing => existing is not null && existing.Route.Kind == route.Kind && existing.Route.Key == route.Key);
        if (taken is not null)
        {
            throw new InvalidOperationException(InteractionRegistry.Clash(route, taken.HandlerType, typeof(THandler)));
        }

        services.AddSingleton<THandler>();
        services.AddSingleton(new InteractionHandlerRegistration(route, typeof(THandler)));
        return services;
    }

    /// <summary>The registry and the dispatcher; safe to call more than once.</summary>
    public static IServiceCollection AddInteractionPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<InteractionRegistry>();
        // The replies that come after "thinking…"; the case log's shutdown waits for them too.
        services.TryAddSingleton<DeferredWork>();
        services.TryAddSingleton<InteractionDispatcher>();
        return services;
    }
}
