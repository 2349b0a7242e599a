namespace ForumHelper.Core.Policies;

/// <summary>
/// The words a marketplace uses for the other party and the unit of work, so one text can speak
/// each marketplace's language: "the buyer" and "the order" on Fiverr, "the client" and "the
/// contract" on Upwork (<c>{buyer}</c> and <c>{order}</c> in the answer texts).
/// </summary>
/// <param name="Buyer">The other party, lower case.</param>
/// <param name="Order">The unit of work, lower case.</param>
public sealed record MarketplaceTerms(string Buyer, string Order)
{
    public static readonly MarketplaceTerms Default = new("buyer", "order");
}
