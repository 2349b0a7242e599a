namespace ForumHelper.Bot.Discord.Model;

/// <summary>One option of a registered command.</summary>
public sealed record CommandOptionDefinition
{
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int BooleanType = 5;

    public required int Type { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
    public int? MinValue { get; init; }
    public int? MaxValue { get; init; }

    /// <summary>For string options: Discord refuses shorter text before it reaches the bot.</summary>
    public int? MinLength { get; init; }

    /// <summary>For string options: Discord refuses longer text before it reaches the bot.</summary>
    public int? MaxLength { get; init; }
}
