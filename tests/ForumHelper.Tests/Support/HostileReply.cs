using System.Net;

namespace ForumHelper.Tests.Support;

/// <summary>
/// What a generated test asks of every reply, on top of the server helper's own checks (no 5xx,
/// no mentions, Discord's limits): a status the test allows, and for a 200 a callback that no
/// handler failed on and that matches Discord's schema for its type (checked on a sample).
/// Failure messages carry the status, the reply and a short excerpt of the body.
/// </summary>
internal static class HostileReply
{
    // The dispatcher turns a handler's exception into this apology; hostile input must not get that far.
    private const string HandlerFailed = "something went wrong on my side";

    private static long _answered;

    public static void Assert(InteractionReply reply, HttpStatusCode[] acceptable, byte[] body, string how)
    {
        Xunit.Assert.True(acceptable.Contains(reply.Status),
            $"answered {(int)reply.Status} ({HostileJson.Excerpt(reply.Text, 120)}), expected {string.Join(" or ", acceptable.Select(s => (int)s))}; {how}; body {HostileJson.Excerpt(body, 1000)}");
        if (reply.Status == HttpStatusCode.OK)
        {
            Xunit.Assert.True(reply.Type is 1 or 4 or 5 or 7 or 8 or 9, $"callback type {reply.Type}; body {HostileJson.Excerpt(body, 1000)}");

            // Every 16th: schema validation costs more than the request, and replies come from a handful of templates.
            if (Interlocked.Increment(ref _answered) % 16 == 0)
            {
                reply.AssertMatchesCallbackSchema();
            }
            Xunit.Assert.False(reply.Text.Contains(HandlerFailed, StringComparison.Ordinal), $"a handler failed ({how}); body {HostileJson.Excerpt(body, 1000)}");
        }
    }
}
