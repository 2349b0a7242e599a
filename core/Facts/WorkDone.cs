namespace ForumHelper.Core.Facts;

/// <summary>How much of the ordered work is finished, shown or not (option <c>done</c>).</summary>
public enum WorkDone
{
    None,
    Some,
    Most,
    All,
}
