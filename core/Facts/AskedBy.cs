namespace ForumHelper.Core.Facts;

/// <summary>Who started the cancellation (option <c>asked-by</c>).</summary>
public enum AskedBy
{
    /// <summary>The buyer sent a cancellation request.</summary>
    Buyer,

    /// <summary>The seller (the member asking) wants to cancel.</summary>
    Me,

    /// <summary>Customer support cancelled the order or is reviewing it.</summary>
    Support,

    /// <summary>The buyer disputed the payment with their bank or PayPal.</summary>
    Chargeback,

    /// <summary>Nobody has asked yet; the member is thinking about it.</summary>
    Nobody,
}
