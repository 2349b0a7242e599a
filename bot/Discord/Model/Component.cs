namespace ForumHelper.Bot.Discord.Model;

/// <summary>A message component: an action row (type 1) holding buttons (type 2) or one string select (type 3).</summary>
public sealed record Component
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;

    public int Type { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public bool? Disabled { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    public static Component Row(params Component[] buttons) => new() { Type = ActionRowType, Components = buttons };

    public static Component Select(string customId, string placeholder, IReadOnlyList<ChoiceOption> options) =>
        new() { Type = StringSelectType, CustomId = customId, Placeholder = placeholder, Options = options };

    public static Component Button(ButtonStyle style, string label, string customId) =>
        new() { Type = ButtonType, Style = (int)style, Label = label, CustomId = customId };
}
