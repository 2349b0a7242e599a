using System.Diagnostics;
using ForumHelper.Bot.Commands;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The one pipeline every verified interaction goes through: PING, command or button, routed to
/// its handler; a handler that throws becomes a private apology with an error id, and the log
/// gets the details. Handlers never decide how to report an unexpected error.
/// </summary>
public sealed partial class InteractionDispatcher(IServiceProvider services, CaseStorage storage, ILogger<InteractionDispatcher> logger)
{
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(1);

    public async Task<InteractionResponse?> DispatchAsync(Interaction interaction)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return new InteractionResponse(CallbackType.Pong);
        }

        if (interaction.Type is not (InteractionType.ApplicationCommand or InteractionType.MessageComponent))
        {
            return null;
        }

        // Raw ids stop here: everything after sees pseudonyms only.
        var rawMember = interaction.Invoker?.Id;
        if (string.IsNullOrEmpty(rawMember))
        {
            return Replies.Private("I could not tell who asked, so I cannot answer this one.");
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
            place == InteractionPlace.Server ? storage.Pseudonymizer.For(interaction.GuildId!) : null);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return interaction.Type == InteractionType.ApplicationCommand
                ? await CommandAsync(request).ConfigureAwait(false)
                : await ComponentAsync(request).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            var errorId = Guid.NewGuid().ToString("N")[..8];
            LogHandlerFailed(error, errorId, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?");
            return Replies.Private($"Sorry, something went wrong on my side and I could not answer. If it keeps happening, tell a moderator the error id `{errorId}`.");
        }
        finally
        {
            // Discord gives up after 3 seconds; anything near that must become a deferred reply.
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowAnswer)
            {
                LogSlow(interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?", (int)elapsed.TotalMilliseconds);
            }
        }
    }

    private async Task<InteractionResponse> CommandAsync(InteractionRequest request)
    {
        var name = request.Data?.Name;
        return name switch
        {
            CommandNames.CancelAdvice => services.GetRequiredService<CancelAdviceCommand>().Handle(request),
            CommandNames.CaseStats => await services.GetRequiredService<CaseStatsCommand>().HandleAsync(request).ConfigureAwait(false),
            CommandNames.ForgetMe => ForgetMeCommand.Handle(),
            _ => Replies.Private($"I don't know the command `/{Shorten(name)}`. Try `/{CommandNames.CancelAdvice}`."),
        };
    }

    private async Task<InteractionResponse> ComponentAsync(InteractionRequest request)
    {
        var customId = request.Data?.CustomId;
        if (customId is ForgetMeCommand.Confirm or ForgetMeCommand.Cancel)
        {
            return await services.GetRequiredService<ForgetButton>().HandleAsync(request, customId).ConfigureAwait(false);
        }

        if (!CustomIds.TryParse(customId, out var kind, out var caseId, out var choice, out var facts))
        {
            return Replies.Expired;
        }

        return kind switch
        {
            CustomIds.Feedback => services.GetRequiredService<FeedbackButton>().Handle(request, caseId, choice, facts),
            CustomIds.WhatIf => services.GetRequiredService<WhatIfButton>().Handle(request, choice, facts),
            CustomIds.Share => services.GetRequiredService<ShareButton>().Handle(request, facts),
            _ => Replies.Expired,
        };
    }

    private static string Shorten(string? name) => TextFit.ForCodeSpan(name ?? "", 33);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering {What} took {Milliseconds} ms; Discord allows 3000")]
    private partial void LogSlow(string what, int milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handler failed (error id {ErrorId}, {What})")]
    private partial void LogHandlerFailed(Exception error, string errorId, string what);
}
