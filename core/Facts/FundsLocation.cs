namespace ForumHelper.Core.Facts;

/// <summary>Where an Upwork contract's money is (option <c>funds</c>).</summary>
public enum FundsLocation
{
    /// <summary>Funded and held in escrow.</summary>
    InEscrow,

    /// <summary>Paid out to the freelancer.</summary>
    Released,

    /// <summary>Nothing funded or paid.</summary>
    None,
}
