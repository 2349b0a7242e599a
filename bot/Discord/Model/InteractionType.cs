namespace ForumHelper.Bot.Discord.Model;

/// <summary>Interaction types ForumHelper answers (Discord's numbers).</summary>
public static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}
