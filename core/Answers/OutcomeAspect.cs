namespace ForumHelper.Core.Answers;

/// <summary>
/// The four things every path is judged on, in the order members weigh them: money and review
/// first; the rate line carries a date and goes last. Every list of a path's consequences walks
/// <see cref="OutcomeAspects.All"/>, so a fifth aspect is added in one place.
/// </summary>
public enum OutcomeAspect
{
    Money,
    ReviewRisk,
    WarningRisk,
    Rate,
}
