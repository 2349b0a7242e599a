namespace ForumHelper.Bot.Discord.Model;

/// <summary>A modal: its id (what the submit comes back with), its title, and one to five labelled inputs.</summary>
public sealed record ModalData(string CustomId, string Title, IReadOnlyList<ModalComponent> Components)
{
    /// <summary>Discord's limits: a title of 45 characters, at most 5 top-level components.</summary>
    public const int MaxTitle = 45;
    public const int MaxComponents = 5;
}
