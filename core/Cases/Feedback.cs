namespace ForumHelper.Core.Cases;

/// <summary>What the member said about the answer, if anything.</summary>
public enum Feedback
{
    None,
    Helpful,
    NotHelpful,
}
