namespace ForumHelper.Core.Policies;

/// <summary>What a path does to the completion rate.</summary>
public enum RateEffect
{
    /// <summary>No cancellation on the record.</summary>
    None,

    /// <summary>A cancellation that counts.</summary>
    Cancellation,

    /// <summary>It may end in a cancellation (support may cancel anyway, or may not spare the stats).</summary>
    PossibleCancellation,

    /// <summary>The marketplace keeps no completion rate (Upwork).</summary>
    NotTracked,
}
