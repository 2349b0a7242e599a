namespace ForumHelper.Core.Understanding;

/// <summary>How much one signal says on its own.</summary>
internal enum SignalStrength
{
    /// <summary>Enough on its own to take the value.</summary>
    Strong,

    /// <summary>A hint: taken only with a second, different hint for the same value; alone it makes the fact unclear.</summary>
    Weak,
}
