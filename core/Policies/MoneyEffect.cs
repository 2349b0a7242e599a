namespace ForumHelper.Core.Policies;

/// <summary>What a path does to the order's money.</summary>
public enum MoneyEffect
{
    /// <summary>The seller keeps (or will be paid) the order value.</summary>
    Keep,

    /// <summary>The buyer gets everything back.</summary>
    RefundAll,

    /// <summary>The buyer gets everything back only if someone else (support, a mediator) decides so.</summary>
    PossibleRefund,

    /// <summary>The buyer gets part back, within the marketplace's partial-refund limits.</summary>
    PartialRefund,

    /// <summary>The money has already been taken back (a chargeback).</summary>
    AlreadyTaken,
}
