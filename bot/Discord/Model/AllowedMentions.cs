namespace ForumHelper.Bot.Discord.Model;

/// <summary>Which mentions in a message may ping; ours always allow none.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}
