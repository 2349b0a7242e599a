using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// <c>/case-stats</c>, moderators only (checked here, whatever Discord showed, by <see cref="StatsAccess"/>):
/// refusals and bad options are answered at once; otherwise it defers, and the statistics, the chart
/// and an Export CSV button replace the private "thinking…" (the pipeline acknowledges, edits and apologizes).
/// </summary>
public sealed class CaseStatsCommand(
    DiscordOptions discord,
    CaseStorage storage,
    PrivacyOptions privacy,
    ModerationOptions moderation,
    ChartRenders renders,
    DataSetProvider data,
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
        var access = StatsAccess.Check(request, discord, moderation);
        if (!access.IsSuccess)
        {
            return Replies.Private(access.Problems[0]);
        }

        var options = request.Data?.Options;
        var byText = OptionValues.String(options, "by") ?? "recommendation";
        if (WireNames.Parse<CaseGrouping>(byText) is not { } grouping)
        {
            return Replies.Private($"`by` must be one of {string.Join(", ", WireNames.Of<CaseGrouping>())}.");
        }

        var period = StatsPeriod.FinishedMonth(OptionValues.String(options, "month"), time.GetUtcNow(), privacy.RetentionDays);
        if (!period.IsSuccess)
        {
            return Replies.Private(period.Problems[0]);
        }

        var labels = new StatsLabels(data.Current.BookFor(request.Locale ?? ""));
        return HandlerReply.Defer(cancel => RenderAsync(grouping, period.Value, access.Value, labels, cancel));
    }

    private async Task<DeferredReply> RenderAsync(CaseGrouping grouping, StatsPeriod period, string server, StatsLabels labels, CancellationToken cancel)
    {
        // Each server's moderators see their own community's cases only.
        var report = new CaseStats(storage.Store, privacy.MinGroupSize).Report(grouping, period, server);
        if (report.IsEmpty)
        {
            return new DeferredReply(StatsMessageRenderer.Render(report, labels, chartFile: null, exportCustomId: null), []);
        }

        var path = Path.Combine(Path.GetTempPath(), $"forumhelper-{Guid.NewGuid():N}.png");
        try
        {
            // Drawing takes a core for a while: past the process-wide cap and its queue, the statistics go without the chart.
            if (!await renders.RunAsync(() => StatsChartRenderer.Render(report, labels, path), cancel).ConfigureAwait(false))
            {
                return new DeferredReply(StatsMessageRenderer.Render(report, labels, chartFile: null, ExportCsvButton.CustomId(grouping, period), chartSkipped: true), []);
            }

            var chart = new FileUpload(ChartFile, "image/png", await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false), StatsMessageRenderer.ChartDescription(report));
            return new DeferredReply(StatsMessageRenderer.Render(report, labels, ChartFile, ExportCsvButton.CustomId(grouping, period)), [chart]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
