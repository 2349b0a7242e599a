namespace ForumHelper.Core.Facts;

/// <summary>The reason the buyer gives (option <c>reason</c>).</summary>
public enum BuyerReason
{
    ChangedMind,
    NotAsExpected,
    ScopeCreep,
    Late,
    CannotDo,

    /// <summary>The buyer wants part of the money back.</summary>
    PartialRefund,
    Other,
}
