using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Every handler by the route it declared, built from the registered handlers: no list of names to
/// keep in step. Two handlers for one route are refused with a message naming both.
/// </summary>
public sealed class InteractionRegistry
{
    private readonly Dictionary<(InteractionKind Kind, string Key), (InteractionRoute Route, IInteractionHandler Handler)> _routes = [];

    public InteractionRegistry(IEnumerable<InteractionHandlerRegistration> registrations, IServiceProvider services)
    {
        var types = new Dictionary<(InteractionKind, string), Type>();
        foreach (var (route, type) in registrations)
        {
            if (types.TryGetValue((route.Kind, route.Key), out var first))
            {
                throw new InvalidOperationException(Clash(route, first, type));
            }

            types[(route.Kind, route.Key)] = type;
            _routes[(route.Kind, route.Key)] = (route, (IInteractionHandler)services.GetRequiredService(type));
        }
    }

    public bool TryFind(InteractionKind kind, string key, out InteractionRoute route, out IInteractionHandler handler)
    {
        var found = _routes.TryGetValue((kind, key), out var entry);
        (route, handler) = found ? entry : (null!, null!);
        return found;
    }

    /// <summary>The start failure for two handlers of one route.</summary>
    public static string Clash(InteractionRoute route, Type first, Type second) =>
        $"Two interaction handlers answer the {route}: {first.Name} and {second.Name}. Each command name, custom id prefix and modal id prefix needs exactly one handler; change one of their routes.";
}
