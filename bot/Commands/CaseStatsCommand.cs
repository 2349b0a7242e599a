using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Text;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// <c>/case-stats</c>, moderators only (checked here, whatever Discord showed): refusals and bad
/// options are answered at once; otherwise it defers, and the statistics and the chart replace the
/// private "thinking…" (the pipeline acknowledges, edits and apologizes).
/// </summary>
public sealed class CaseStatsCommand(
    DiscordOptions discord,
    CaseStorage storage,
    PrivacyOptions privacy,
    ModerationOptions moderation,
    ChartRenders renders,
    TimeProvider time) : IRoutedInteractionHandler
{
    private const string ChartFile = "case-stats.png";

    public static InteractionRoute Route { get; } = InteractionRoute.Command(CommandNames.CaseStats) with
    {
        Deferral = new Deferral(Work: "build the statistics", Delivery: "post the statistics"),
    };

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        // Fail closed: without a server the store would count every server's cases, so a DM, a
        // server that did not install the app, or a request without a guild id gets no statistics.
        if (request.Server is not { } server)
        {
            return Replies.Private("Case statistics are for the moderators of a server that has installed ForumHelper: use `/case-stats` in that server, not in a DM.");
        }

        // Permissions come per channel; a server that gives Manage Messages in single channels can require the role instead.
        var hasRole = request.Roles.Any(role => moderation.RoleIds.Contains(role));
        var isModerator = moderation.RequireRole ? hasRole : hasRole || Permissions.CanModerate(request.Permissions);
        if (!isModerator)
        {
            return Replies.Private("Case statistics are for the moderators of this server. If you think you should see them, ask a moderator.");
        }

        // The chart is delivered by editing the reply, which needs the application id; say so now, not after 15 minutes of "thinking…".
        if (string.IsNullOrWhiteSpace(discord.ApplicationId))
        {
            return Replies.Private("Case statistics are not set up on this bot yet: its operator needs to set Discord:ApplicationId.");
        }

        var options = request.Data?.Options;
        var days = OptionValues.Integer(options, "days", absent: 30);
        var byText = OptionValues.String(options, "by") ?? "recommendation";
        var grouping = WireNames.Parse<CaseGrouping>(byText);
        if (days is null or < 1 or > CaseStats.MaxDays || grouping is null)
        {
            return Replies.Private($"`days` must be 1–{CaseStats.MaxDays} and `by` one of {string.Join(", ", WireNames.Of<CaseGrouping>())}.");
        }

        return HandlerReply.Defer(cancel => RenderAsync(grouping.Value, days.Value, server, cancel));
    }

    private async Task<DeferredReply> RenderAsync(CaseGrouping grouping, int days, string server, CancellationToken cancel)
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
                // Drawing takes a core for a while: past the process-wide cap and its queue, the statistics go without the chart.
                if (await renders.RunAsync(() => StatsChartRenderer.Render(report, path), cancel).ConfigureAwait(false))
                {
                    files.Add(new FileUpload(ChartFile, "image/png", await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false), "Bar chart of the cases"));
                    embed = embed with { Image = new EmbedImage("attachment://" + ChartFile) };
                }
                else
                {
                    embed = embed with { Footer = new EmbedFooter(ChartRenders.SkippedNote) };
                }
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
        return new DeferredReply(payload, files);
    }

    private static string Limit(string text, int limit) => TextFit.Cut(text, limit + 2, "\n…");
}
