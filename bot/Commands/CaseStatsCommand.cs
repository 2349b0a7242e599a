using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// <c>/case-stats</c>, moderators only (checked here, whatever Discord showed): acknowledged at
/// once as a private "thinking…", then the statistics and the chart replace it.
/// </summary>
public sealed partial class CaseStatsCommand(
    DiscordOptions discord,
    CaseStorage storage,
    PrivacyOptions privacy,
    ModerationOptions moderation,
    DiscordRestClient rest,
    DeferredWork deferred,
    TimeProvider time,
    ILogger<CaseStatsCommand> logger)
{
    private const string ChartFile = "case-stats.png";

    // Discord accepts edits of an interaction's reply for 15 minutes after it.
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public Task<InteractionResponse> HandleAsync(InteractionRequest request)
    {
        // Fail closed: without a server the store would count every server's cases, so a DM, a
        // server that did not install the app, or a request without a guild id gets no statistics.
        if (request.Server is not { } server)
        {
            return Task.FromResult(Replies.Private("Case statistics are for the moderators of a server that has installed ForumHelper: use `/case-stats` in that server, not in a DM."));
        }

        var isModerator = Permissions.CanModerate(request.Permissions) || request.Roles.Any(role => moderation.RoleIds.Contains(role));
        if (!isModerator)
        {
            return Task.FromResult(Replies.Private("Case statistics are for the moderators of this server. If you think you should see them, ask a moderator."));
        }

        // The chart is delivered by editing the reply, which needs the application id; say so now, not after 15 minutes of "thinking…".
        if (string.IsNullOrWhiteSpace(discord.ApplicationId))
        {
            return Task.FromResult(Replies.Private("Case statistics are not set up on this bot yet: its operator needs to set Discord:ApplicationId."));
        }

        var options = request.Data?.Options;
        var days = OptionValues.Integer(options, "days", absent: 30);
        var byText = OptionValues.String(options, "by") ?? "recommendation";
        var grouping = WireNames.Parse<CaseGrouping>(byText);
        if (days is null or < 1 or > CaseStats.MaxDays || grouping is null)
        {
            return Task.FromResult(Replies.Private($"`days` must be 1–{CaseStats.MaxDays} and `by` one of {string.Join(", ", WireNames.Of<CaseGrouping>())}."));
        }

        var token = request.Token ?? "";
        deferred.Start("case-stats", () => FinishOrApologizeAsync(token, grouping.Value, days.Value, server));
        return Task.FromResult(new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.EphemeralFlag }));
    }

    private async Task FinishOrApologizeAsync(string token, CaseGrouping grouping, int days, string server)
    {
        // The token lives 15 minutes; nothing may hang past it.
        using var expiry = new CancellationTokenSource(TokenLifetime - TimeSpan.FromSeconds(30), time);
        try
        {
            await FinishAsync(token, grouping, days, server, expiry.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database or chart failure must not leave the moderator looking at "thinking…" for 15 minutes.
            var errorId = Guid.NewGuid().ToString("N")[..8];
            LogFailed(error, errorId);
            await rest.EditOriginalAsync(token, new MessagePayload { Content = $"Sorry, I could not build the statistics (error id `{errorId}`)." }, [], expiry.Token).ConfigureAwait(false);
        }
    }

    private async Task FinishAsync(string token, CaseGrouping grouping, int days, string server, CancellationToken cancel)
    {
        // Each server's moderators see their own community's cases only.
        var report = new CaseStats(storage.Store, privacy.MinGroupSize).Report(grouping, days, time.GetUtcNow(), server);
        var files = new List<FileUpload>();
        var embed = new Embed
        {
            Title = $"Cases by {StatsText.GroupingName(grouping)}, last {StatsText.Days(days)}",
            // The table goes in a code block, so its columns line up; the fences count towards the limit.
            Description = report.IsEmpty ? StatsText.NoCases(report) + "." : "```\n" + Limit(StatsTableRenderer.Render(report), AnswerLimits.Description - 16) + "```",
        };

        if (!report.IsEmpty)
        {
            var path = Path.Combine(Path.GetTempPath(), $"forumhelper-{Guid.NewGuid():N}.png");
            try
            {
                StatsChartRenderer.Render(report, path);
                files.Add(new FileUpload(ChartFile, "image/png", await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false), "Bar chart of the cases"));
                embed = embed with { Image = new EmbedImage("attachment://" + ChartFile) };
            }
            finally
            {
                File.Delete(path);
            }
        }

        var payload = new MessagePayload
        {
            Embeds = [embed],
            Attachments = files.Count > 0 ? [new Attachment(0, ChartFile, "Bar chart of the cases")] : null,
        };
        var sent = await rest.EditOriginalAsync(token, payload, files, cancel).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            LogNotDelivered(sent.Problem()!.Message);

            // Without the chart, a short note still beats "thinking…" forever.
            await rest.EditOriginalAsync(token, new MessagePayload { Content = "Sorry, I could not post the statistics just now. Please try again in a few minutes." }, [], cancel).ConfigureAwait(false);
        }
    }

    private static string Limit(string text, int limit) => TextFit.Cut(text, limit + 2, "\n…");

    [LoggerMessage(Level = LogLevel.Error, Message = "/case-stats failed (error id {ErrorId})")]
    private partial void LogFailed(Exception error, string errorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver /case-stats: {Reason}")]
    private partial void LogNotDelivered(string reason);
}
