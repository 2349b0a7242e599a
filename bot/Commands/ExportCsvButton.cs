using System.Text;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Commands;

/// <summary>
/// Export CSV under <c>/case-stats</c>: the same table as <c>stats --format csv</c>, as a file, privately.
/// A button press is an interaction of its own, so the clicker's rights and server are checked again
/// (<see cref="StatsAccess"/>), and the report is built afresh from the grouping and month in the button's id.
/// </summary>
public sealed class ExportCsvButton(
    DiscordOptions discord,
    CaseStorage storage,
    PrivacyOptions privacy,
    ModerationOptions moderation,
    TimeProvider time) : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Component(CustomIds.StatsCsv) with
    {
        Deferral = new Deferral(Work: "build the CSV export", Delivery: "send the CSV export"),
    };

    /// <summary><c>stats-csv:recommendation:2026-11</c>: what the report was asked for, nothing about who asked.</summary>
    public static string CustomId(CaseGrouping grouping, StatsPeriod period) =>
        $"{CustomIds.StatsCsv}:{WireNames.Of(grouping)}:{StatsPeriod.MonthText(period.Month ?? throw new ArgumentException("Moderators' statistics cover calendar months.", nameof(period)))}";

    /// <summary>The grouping and month text of an Export CSV id; false for anything else.</summary>
    public static bool TryParse(string? customId, out CaseGrouping grouping, out string month)
    {
        grouping = default;
        month = "";
        var parts = (customId ?? "").Split(':');
        if (parts.Length != 3 || parts[0] != CustomIds.StatsCsv || WireNames.Parse<CaseGrouping>(parts[1]) is not { } parsed
            || StatsPeriod.ParseMonth(parts[2]) is null)
        {
            return false;
        }

        (grouping, month) = (parsed, parts[2]);
        return true;
    }

    public Task<HandlerReply> HandleAsync(InteractionRequest request) => Task.FromResult(Handle(request));

    private HandlerReply Handle(InteractionRequest request)
    {
        var access = StatsAccess.Check(request, discord, moderation);
        if (!access.IsSuccess)
        {
            return Replies.Private(access.Problems[0]);
        }

        // The month is checked again as the command checks it: a month that retention has begun to thin is refused.
        if (!TryParse(request.Data?.CustomId, out var grouping, out var month)
            || StatsPeriod.FinishedMonth(month, time.GetUtcNow(), privacy.RetentionDays) is not { IsSuccess: true } period)
        {
            return Replies.Private($"This button is out of date. Use `/{CommandNames.CaseStats}` again and export from its reply.");
        }

        return HandlerReply.Defer(_ => Task.FromResult(Export(grouping, period.Value, access.Value)));
    }

    private DeferredReply Export(CaseGrouping grouping, StatsPeriod period, string server)
    {
        // The same report as the command's: this server's cases in one finished month.
        var report = new CaseStats(storage.Store, privacy.MinGroupSize).Report(grouping, period, server);
        var name = $"case-stats-{WireNames.Of(grouping)}-{StatsPeriod.MonthText(period.Month!.Value)}.csv";
        var description = $"Cases by {StatsText.GroupingName(grouping)}, {StatsText.PeriodName(report)} ({StatsText.Period(report)})";
        var payload = new MessagePayload
        {
            Content = $"{description}, for a spreadsheet."
                + (StatsText.AnyWithheld(report) ? "\n-# A withheld count is an empty cell, marked `true` under `withheld` or `previous_withheld`." : ""),
            Attachments = [new Attachment(0, name, description)],
        };
        return new DeferredReply(payload, [new FileUpload(name, "text/csv", Encoding.UTF8.GetBytes(StatsCsvRenderer.Render(report)), description)]);
    }
}
