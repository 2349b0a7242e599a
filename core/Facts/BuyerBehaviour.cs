namespace ForumHelper.Core.Facts;

/// <summary>How the buyer is behaving (option <c>buyer</c>).</summary>
public enum BuyerBehaviour
{
    Responsive,
    Silent,

    /// <summary>Threatens a review, or is abusive.</summary>
    Hostile,
}
