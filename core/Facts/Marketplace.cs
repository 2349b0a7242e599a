namespace ForumHelper.Core.Facts;

/// <summary>The marketplace an order lives on; each has its own policy file.</summary>
public enum Marketplace
{
    Fiverr,
    Upwork,
}
