using System.Globalization;
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
/// (<see cref="StatsAccess"/>), and the report is built afresh from the grouping and days in the button's id.
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

    /// <summary><c>stats-csv:recommendation:30</c>: what the report was asked for, nothing about who asked.</summary>
    public static string CustomId(CaseGrouping grouping, int days) =>
        $"{CustomIds.StatsCsv}:{WireNames.Of(grouping)}:{days.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The grouping and days of an Export CSV id; false for anything else, days out of range included.</summary>
    public static bool TryParse(string? customId, out CaseGrouping grouping, out int days)
    {
        grouping = default;
        days = 0;
        var parts = (customId ?? "").Split(':');
        if (parts.Length != 3 || parts[0] != CustomIds.StatsCsv || WireNames.Parse<CaseGrouping>(parts[1]) is not { } parsed
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > CaseStats.MaxDays)
        {
            return false;
        }

        grouping = parsed;
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

        if (!TryParse(request.Data?.CustomId, out var grouping, out var days))
        {
            return Replies.Private($"This button is out of date. Use `/{CommandNames.CaseStats}` again and export from its reply.");
        }

        return HandlerReply.Defer(_ => Task.FromResult(Export(grouping, days, access.Value)));
    }

    private DeferredReply Export(CaseGrouping grouping, int days, string server)
    {
        // The same report as the command's: this server's cases, whole UTC days up to yesterday.
        var report = new CaseStats(storage.Store, privacy.MinGroupSize).Report(grouping, days, time.GetUtcNow(), server);
        var name = $"case-stats-{WireNames.Of(grouping)}-{days.ToString(CultureInfo.InvariantCulture)}d.csv";
        var description = $"Cases by {StatsText.GroupingName(grouping)}, last {StatsText.Days(days)} ({StatsText.Period(report)})";
        var payload = new MessagePayload
        {
            Content = $"{description}, for a spreadsheet."
                + (StatsText.AnyWithheld(report) ? "\n-# A withheld count is an empty cell, marked `true` under `withheld` or `previous_withheld`." : ""),
            Attachments = [new Attachment(0, name, description)],
        };
        return new DeferredReply(payload, [new FileUpload(name, "text/csv", Encoding.UTF8.GetBytes(StatsCsvRenderer.Render(report)), description)]);
    }
}
