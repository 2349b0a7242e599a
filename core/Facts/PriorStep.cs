namespace ForumHelper.Core.Facts;

/// <summary>The last step already taken in the dispute (option <c>already</c>).</summary>
public enum PriorStep
{
    Nothing,

    /// <summary>The member already sent a cancellation request.</summary>
    IAskedToCancel,

    /// <summary>The member asked the buyer to cancel and the buyer refused.</summary>
    BuyerRefusedCancel,

    /// <summary>The member asked for more time.</summary>
    AskedExtension,

    /// <summary>The member asked for more time and the buyer refused.</summary>
    ExtensionRefused,

    ContactedSupport,

    /// <summary>Support already decided the case.</summary>
    SupportDecided,

    /// <summary>A formal dispute is already open (Upwork mediation, a Fiverr Resolution Center case).</summary>
    DisputeOpen,
}
