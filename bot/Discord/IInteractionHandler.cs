namespace ForumHelper.Bot.Discord;

/// <summary>
/// One slash command, button family, modal or autocomplete: parse the request, make one core call,
/// render. The pipeline (<see cref="InteractionDispatcher"/>) owns everything else: pseudonyms, rate
/// limits, the place, deferral, error ids, apologies and logging.
/// </summary>
public interface IInteractionHandler
{
    Task<HandlerReply> HandleAsync(InteractionRequest request);
}
