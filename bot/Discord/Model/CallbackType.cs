namespace ForumHelper.Bot.Discord.Model;

/// <summary>Interaction callback types (Discord's numbers).</summary>
public static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;

    /// <summary>Opens a form; only as the first response, never to a modal submit.</summary>
    public const int Modal = 9;
}
