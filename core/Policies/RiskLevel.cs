namespace ForumHelper.Core.Policies;

/// <summary>How likely a consequence (a bad review, a warning) is on a path.</summary>
public enum RiskLevel
{
    None,
    Low,
    Medium,
    High,
}
