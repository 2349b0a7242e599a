namespace ForumHelper.Core.Facts;

/// <summary>Whether the order is past its due date (option <c>late</c>).</summary>
public enum Lateness
{
    OnTime,
    Late,

    /// <summary>At or past the marketplace's very-late threshold (24 hours on Fiverr).</summary>
    VeryLate,
}
