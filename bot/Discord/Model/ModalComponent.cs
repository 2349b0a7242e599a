namespace ForumHelper.Bot.Discord.Model;

/// <summary>
/// A component of a modal: a Label (type 18) around one input, a Text Input (4) or a Radio Group (21).
/// The older form, text inputs in action rows with their own labels, is deprecated and not used.
/// </summary>
public sealed record ModalComponent
{
    public const int TextInputType = 4;
    public const int LabelType = 18;
    public const int RadioGroupType = 21;

    /// <summary>A text input's style: one paragraph of several lines.</summary>
    public const int ParagraphStyle = 2;

    public int Type { get; init; }
    public string? Label { get; init; }
    public string? Description { get; init; }
    public ModalComponent? Component { get; init; }
    public string? CustomId { get; init; }
    public int? Style { get; init; }
    public bool? Required { get; init; }
    public int? MaxLength { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    public static ModalComponent Labelled(string label, string? description, ModalComponent input) =>
        new() { Type = LabelType, Label = label, Description = description, Component = input };

    public static ModalComponent Paragraph(string customId, int maxLength, string placeholder) =>
        new() { Type = TextInputType, CustomId = customId, Style = ParagraphStyle, Required = false, MaxLength = maxLength, Placeholder = placeholder };

    public static ModalComponent RadioGroup(string customId, IReadOnlyList<ChoiceOption> options) =>
        new() { Type = RadioGroupType, CustomId = customId, Required = false, Options = options };
}
