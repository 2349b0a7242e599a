using System.Diagnostics;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Text;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The one pipeline every verified interaction goes through: PING, command, component, modal or
/// autocomplete, routed by <see cref="InteractionRegistry"/> to its handler. It owns, once for all
/// of them: pseudonyms, rate limits, the place, deferral (acknowledge, run the work, edit the
/// reply), error ids, the apology for an unexpected exception, and the logs. Handlers never decide
/// how to report an unexpected error.
/// </summary>
public sealed partial class InteractionDispatcher(
    InteractionRegistry registry,
    CaseStorage storage,
    MemberRateLimiter limiter,
    DiscordOptions options,
    DiscordRestClient rest,
    DeferredWork deferred,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger)
{
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(1);

    // The token lives 15 minutes; deferred work must not hang past it.
    private static readonly TimeSpan DeferredDeadline = DiscordRestClient.InteractionTokenLifetime - TimeSpan.FromSeconds(30);

    private static readonly InteractionResponse Thinking = new(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.EphemeralFlag });

    public async Task<InteractionResponse?> DispatchAsync(Interaction interaction)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return new InteractionResponse(CallbackType.Pong);
        }

        InteractionKind? known = interaction.Type switch
        {
            InteractionType.ApplicationCommand => InteractionKind.Command,
            InteractionType.MessageComponent => InteractionKind.Component,
            InteractionType.ModalSubmit => InteractionKind.Modal,
            InteractionType.Autocomplete => InteractionKind.Autocomplete,
            _ => null,
        };
        if (known is not { } kind)
        {
            return null;
        }

        // Raw ids stop here: everything after sees pseudonyms only.
        var rawMember = interaction.Invoker?.Id;
        if (string.IsNullOrEmpty(rawMember))
        {
            return Refusal(kind, "I could not tell who asked, so I cannot answer this one.");
        }

        // The route first: what no handler answers costs no pseudonym.
        var key = kind is InteractionKind.Command or InteractionKind.Autocomplete
            ? interaction.Data?.Name ?? ""
            : InteractionRoute.PrefixOf(interaction.Data?.CustomId ?? "");
        if (!registry.TryFind(kind, key, out var route, out var handler))
        {
            return Unknown(kind, interaction.Data);
        }

        // A case belongs to a server only where the server installed the app (Interaction.Place).
        var place = interaction.Place;
        var request = new InteractionRequest(
            interaction.Data,
            interaction.Locale,
            interaction.Token,
            place,
            interaction.Member?.Permissions,
            interaction.Member?.Roles ?? [],
            storage.Pseudonymizer.For(rawMember),
            place == InteractionPlace.Server ? storage.Pseudonymizer.For(interaction.GuildId!) : null,
            route.RateLimited && interaction.Id is { Length: > 0 } id ? storage.Pseudonymizer.CaseId(id) : null);

        if (route.RateLimited)
        {
            var limit = limiter.TryTake(request.Member);
            if (!limit.Allowed)
            {
                return Refusal(kind, TooMany(limit.RetryAfter));
            }
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await handler.HandleAsync(request).ConfigureAwait(false);
            if (reply.Later is not { } work)
            {
                return reply.Now!;
            }

            var deferral = route.Deferral ?? throw new InvalidOperationException($"The handler of the {route} deferred, but its route declares no Deferral.");
            var token = request.Token ?? "";
            var what = Described(route);
            deferred.Start(what, () => FinishAsync(token, what, deferral, work));
            return Thinking;
        }
        catch (Exception error)
        {
            var errorId = NewErrorId();
            LogHandlerFailed(error, errorId, Described(route));
            return Refusal(kind, $"Sorry, something went wrong on my side and I could not answer. If it keeps happening, tell a moderator the error id `{errorId}`.");
        }
        finally
        {
            // Discord gives up after 3 seconds; anything near that must become a deferred reply.
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowAnswer)
            {
                LogSlow(Described(route), (int)elapsed.TotalMilliseconds);
            }
        }
    }

    // Logs name the route, never the id or options sent: those may carry what a member typed.
    // The route is the registered one, not the request's; escaped all the same, as every logged value is.
    // Made only when a line is logged, not for every answer.
    private static string Described(InteractionRoute route) => LogValue.Safe(route.ToString());

    /// <summary>"You have sent 10 requests this minute; try again in 6 seconds": plain, with when it works again.</summary>
    private string TooMany(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var wait = seconds == 1 ? "a second" : $"{seconds} seconds";
        return $"You have sent me {options.AdvicePerMinute} requests within a minute, the most I take from one member. Try again in {wait}.";
    }

    /// <summary>Runs deferred work and edits "thinking…" into its reply, or into an apology: never left thinking for 15 minutes.</summary>
    private async Task FinishAsync(string token, string what, Deferral deferral, Func<CancellationToken, Task<DeferredReply>> work)
    {
        using var expiry = new CancellationTokenSource(DeferredDeadline, time);
        DeferredReply reply;
        try
        {
            reply = await work(expiry.Token).ConfigureAwait(false);
        }
        // Only the deadline's own cancellation goes unanswered; any other failure, a stray timeout included, is apologized for.
        catch (Exception error) when (!expiry.IsCancellationRequested)
        {
            var errorId = NewErrorId();
            LogHandlerFailed(error, errorId, what);
            await rest.EditOriginalAsync(token, Plain($"Sorry, I could not {deferral.Work} (error id `{errorId}`)."), [], expiry.Token).ConfigureAwait(false);
            return;
        }

        var sent = await rest.EditOriginalAsync(token, reply.Payload, reply.Files, expiry.Token).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            LogNotDelivered(what, LogValue.Safe(sent.Problem()!.Message));

            // Without the files, a short note still beats "thinking…" forever.
            await rest.EditOriginalAsync(token, Plain($"Sorry, I could not {deferral.Delivery} just now. Please try again in a few minutes."), [], expiry.Token).ConfigureAwait(false);
        }
    }

    /// <summary>The clear reply to what no handler answers; never an error status.</summary>
    private static InteractionResponse Unknown(InteractionKind kind, InteractionData? data) => kind switch
    {
        InteractionKind.Command => Replies.Private($"I don't know the command `/{Shorten(data?.Name)}`. Try `/{CommandNames.CancelAdvice}`."),
        InteractionKind.Modal => Replies.Private($"I don't know the form `{Shorten(data?.CustomId)}`. Try `/{CommandNames.CancelAdvice}`."),
        InteractionKind.Autocomplete => Replies.NoSuggestions,
        _ => Replies.Expired,
    };

    // Discord takes only choices in answer to an autocomplete, so a refusal there is "no suggestions".
    private static InteractionResponse Refusal(InteractionKind kind, string text) =>
        kind == InteractionKind.Autocomplete ? Replies.NoSuggestions : Replies.Private(text);

    private static MessagePayload Plain(string text) => new() { Content = text };

    private static string NewErrorId() => Guid.NewGuid().ToString("N")[..8];

    private static string Shorten(string? name) => TextFit.ForCodeSpan(name ?? "", 33);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering {What} took {Milliseconds} ms; Discord allows 3000")]
    private partial void LogSlow(string what, int milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handler failed (error id {ErrorId}, {What})")]
    private partial void LogHandlerFailed(Exception error, string errorId, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the deferred reply of {What}: {Reason}")]
    private partial void LogNotDelivered(string what, string reason);
}
