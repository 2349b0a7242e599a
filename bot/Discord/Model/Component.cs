namespace ForumHelper.Bot.Discord.Model;

/// <summary>
/// A message component: an action row (type 1) holding buttons (type 2) or one string select (type 3);
/// and, in a message flagged <see cref="MessagePayload.ComponentsV2Flag"/>, the layout components of
/// Components V2: a container (17) around text displays (10), separators (14), media galleries (12) and rows.
/// </summary>
public sealed record Component
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;
    public const int TextDisplayType = 10;
    public const int MediaGalleryType = 12;
    public const int SeparatorType = 14;
    public const int ContainerType = 17;

    public int Type { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public bool? Disabled { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    /// <summary>A text display's markdown.</summary>
    public string? Content { get; init; }

    /// <summary>A container's colour bar, as <c>0xRRGGBB</c>.</summary>
    public int? AccentColor { get; init; }

    /// <summary>A media gallery's pictures.</summary>
    public IReadOnlyList<MediaGalleryItem>? Items { get; init; }

    /// <summary>Whether a separator draws its line.</summary>
    public bool? Divider { get; init; }

    public static Component Row(params Component[] buttons) => new() { Type = ActionRowType, Components = buttons };

    public static Component Select(string customId, string placeholder, IReadOnlyList<ChoiceOption> options) =>
        new() { Type = StringSelectType, CustomId = customId, Placeholder = placeholder, Options = options };

    public static Component Button(ButtonStyle style, string label, string customId) =>
        new() { Type = ButtonType, Style = (int)style, Label = label, CustomId = customId };

    public static Component Text(string markdown) => new() { Type = TextDisplayType, Content = markdown };

    public static Component Separator() => new() { Type = SeparatorType, Divider = true };

    public static Component Gallery(params MediaGalleryItem[] items) => new() { Type = MediaGalleryType, Items = items };

    public static Component Container(int accentColor, IReadOnlyList<Component> components) =>
        new() { Type = ContainerType, AccentColor = accentColor, Components = components };
}
