namespace ForumHelper.Bot.Discord.Model;

/// <summary>A slash command as registered (an element of the bulk-overwrite array).</summary>
public sealed record ApplicationCommand
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int Type { get; init; } = 1;
    public IReadOnlyList<CommandOptionDefinition>? Options { get; init; }

    /// <summary>A permission bit set as a decimal string; null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used: 0 servers, 1 the bot's DMs, 2 private channels.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Which installs offer the command: 0 a server's (guild install), 1 a member's own account (user install).</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
}
