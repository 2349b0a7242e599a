namespace ForumHelper.Core.Facts;

/// <summary>How far the order got, and how work was sent (option <c>stage</c>).</summary>
public enum OrderStage
{
    /// <summary>The buyer has not submitted the requirements; the clock is not running.</summary>
    NotStarted,

    /// <summary>Work started, nothing shown yet.</summary>
    InProgress,

    /// <summary>A draft was shown in the order messages but not delivered.</summary>
    DraftInChat,

    /// <summary>Unfinished work was sent with the Deliver button.</summary>
    DraftDelivered,

    /// <summary>Finished work was sent with the Deliver button.</summary>
    Delivered,

    /// <summary>The order is marked complete.</summary>
    Completed,
}
