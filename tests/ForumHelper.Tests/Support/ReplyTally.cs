using System.Net;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Counts the kinds of reply a generated test got, so it can check its generator still reaches
/// every layer: a generator that only ever made malformed JSON would pass without testing a handler.
/// </summary>
internal sealed class ReplyTally
{
    private int _total;
    private int _messages;
    private int _advice;
    private int _malformed;
    private int _refused;

    public void Count(InteractionReply reply)
    {
        Interlocked.Increment(ref _total);
        if (reply.Status == HttpStatusCode.OK && reply.Type is 4 or 5 or 7)
        {
            Interlocked.Increment(ref _messages);
            if (reply.Json?["data"]?["embeds"] is not null)
            {
                Interlocked.Increment(ref _advice);
            }
        }
        else if (reply.Status == HttpStatusCode.BadRequest)
        {
            Interlocked.Increment(ref _malformed);
        }
        else if (reply.Status == HttpStatusCode.Unauthorized)
        {
            Interlocked.Increment(ref _refused);
        }
    }

    /// <summary>At least a quarter of the cases got a handler's message and one in twenty a whole answer; some were malformed and some refused.</summary>
    public void AssertEveryLayerWasReached()
    {
        var summary = $"of {_total} cases: {_messages} handler messages ({_advice} with advice), {_malformed} malformed, {_refused} refused";
        Assert.True(_messages * 4 >= _total, "too few reached a handler; " + summary);
        Assert.True(_advice * 20 >= _total, "too few were answered with advice; " + summary);
        Assert.True(_malformed * 10 >= _total, "too few were malformed; " + summary);
        Assert.True(_refused * 20 >= _total, "too few had a bad signature; " + summary);
    }
}
