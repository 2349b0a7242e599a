namespace ForumHelper.Core.Answers;

/// <summary>
/// Size limits a rendered answer must fit. They are Discord's embed limits, the strictest
/// transport the answers go to; <c>check-data</c> renders answers and measures them against these.
/// </summary>
public static class AnswerLimits
{
    public const int Title = 256;

    /// <summary>Summary, reasons and questions together form the embed description.</summary>
    public const int Description = 4096;

    /// <summary>Each path's consequences form one embed field.</summary>
    public const int Field = 1024;
    public const int FieldName = 256;
    public const int Footer = 2048;

    /// <summary>Everything in the embed together.</summary>
    public const int Total = 6000;

    /// <summary>An embed has at most this many fields, so at most this many paths are shown.</summary>
    public const int Fields = 25;

    /// <summary>A message's plain text content.</summary>
    public const int Content = 2000;

    /// <summary>A button label, for the short path labels.</summary>
    public const int Label = 80;
}
