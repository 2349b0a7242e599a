namespace ForumHelper.Core.Facts;

/// <summary>The type of value a fact takes.</summary>
public enum FactKind
{
    /// <summary>One of a fixed set of wire names.</summary>
    Choice,

    /// <summary>A whole number within a range.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
