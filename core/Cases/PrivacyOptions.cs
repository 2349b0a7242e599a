namespace ForumHelper.Core.Cases;

/// <summary>Privacy settings (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    /// <summary>Base64 of at least 32 random bytes; when empty, a key file beside the database is used (and made on first start).</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Cases older than this many days are deleted, at start and daily.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Statistics withhold counts smaller than this (and enough others that none can be worked out).</summary>
    public int MinGroupSize { get; set; } = 3;
}
