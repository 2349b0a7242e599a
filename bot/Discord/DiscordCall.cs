using Polly;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// What the pipeline under <see cref="DiscordRestClient"/> needs to know about one call, and what it found
/// out, carried in the request's options from the client through the resilience pipeline to
/// <see cref="DiscordRateLimitHandler"/> and back.
/// </summary>
public sealed class DiscordCall(string what, TimeSpan deadline, DateTimeOffset deadlineAt)
{
    private static readonly HttpRequestOptionsKey<DiscordCall> Key = new("ForumHelper.DiscordCall");

    /// <summary>What the call does, for messages: "reading the registered commands".</summary>
    public string What { get; } = what;

    /// <summary>The most the whole call may take.</summary>
    public TimeSpan Deadline { get; } = deadline;

    /// <summary>When the call's deadline passes.</summary>
    public DateTimeOffset DeadlineAt { get; } = deadlineAt;

    /// <summary>Set when the call's deadline (not one attempt's timeout) ended it.</summary>
    public bool ReachedDeadline { get; set; }

    /// <summary>Why the last attempt failed, for the message when the deadline ends the call.</summary>
    public string LastProblem { get; set; } = "no answer yet";

    /// <summary>Set by the rate-limit handler when it gave up; the response is then the last 429 (or one it made).</summary>
    public string? RateLimitProblem { get; set; }

    public static DiscordCall? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var call) ? call : null;

    public static DiscordCall? Of(ResilienceContext context) => Of(context.GetRequestMessage());

    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);
}
