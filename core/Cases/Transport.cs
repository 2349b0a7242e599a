namespace ForumHelper.Core.Cases;

/// <summary>How a case reached ForumHelper.</summary>
public enum Transport
{
    Discord,
    Cli,
}
