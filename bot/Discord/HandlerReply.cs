using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// A handler's answer: a reply now, or (for a handler whose route has a <see cref="Deferral"/>) the
/// work that builds the reply after the pipeline has acknowledged with "thinking…".
/// </summary>
public sealed class HandlerReply
{
    private HandlerReply(InteractionResponse? now, Func<CancellationToken, Task<DeferredReply>>? later)
    {
        Now = now;
        Later = later;
    }

    /// <summary>The reply to send at once; null when deferred.</summary>
    public InteractionResponse? Now { get; }

    /// <summary>The work that builds the reply after the acknowledgement; null when answered at once.</summary>
    public Func<CancellationToken, Task<DeferredReply>>? Later { get; }

    public static HandlerReply Answer(InteractionResponse response) => new(response, null);

    /// <summary>Acknowledge privately now, and edit the reply with what <paramref name="work"/> builds (within the token's 15 minutes).</summary>
    public static HandlerReply Defer(Func<CancellationToken, Task<DeferredReply>> work) => new(null, work);

    public static implicit operator HandlerReply(InteractionResponse response) => Answer(response);
}
