namespace ForumHelper.Core.Facts;

/// <summary>An Upwork contract's type (option <c>contract</c>).</summary>
public enum ContractType
{
    Fixed,
    Hourly,
}
