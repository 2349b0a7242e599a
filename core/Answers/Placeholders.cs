using ForumHelper.Core.Disputes;
using System.Globalization;
using ForumHelper.Core.Policies;
using Humanizer;

namespace ForumHelper.Core.Answers;

/// <summary>
/// The closed set of placeholders answer texts may use. Numbers and dates are turned into words
/// with Humanizer ("48 hours", "2 months", "20 orders").
/// </summary>
public static class Placeholders
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    // One decimal, then more only when needed to show a change.
    private static readonly string[] VisibleFormats = ["0.#", "0.##", "0.###", "0.####"];

    // Humanizer's inflector takes microseconds per call, so each unit's plural is looked up once.
    private static readonly (string One, string Many) Orders = Words("order");
    private static readonly (string One, string Many) Reviews = Words("review");
    private static readonly (string One, string Many) Days = Words("day");
    private static readonly (string One, string Many) Hours = Words("hour");
    private static readonly (string One, string Many) Years = Words("year");

    private static readonly Placeholder[] Ordered = Build().Select((p, index) => p with { Index = index }).ToArray();

    public static readonly IReadOnlyDictionary<string, Placeholder> All = Ordered.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static int Count => Ordered.Length;

    public static Placeholder? Find(string name) => All.GetValueOrDefault(name);

    private static IEnumerable<Placeholder> Build()
    {
        yield return Always("marketplace", c => c.Advice.Policy.DisplayName);
        yield return Always("checked_on", c => c.Advice.Policy.CheckedOn);
        yield return Always("buyer", c => c.Advice.Policy.Terms.Buyer);
        yield return Always("order", c => c.Advice.Policy.Terms.Order);
        yield return Always("answer_version", c => c.AnswerVersion);
        yield return Always("today", c => Date(c.Advice.Today));
        yield return Always("recovers_on", c => Date(RecoversOn(c)));
        yield return Always("recovers_in", c =>
            TimeSpan.FromDays(RecoversOn(c).DayNumber - c.Advice.Today.DayNumber).Humanize(maxUnit: TimeUnit.Month, culture: English));

        foreach (var number in PolicyNumbers.Names)
        {
            var unit = number[(number.LastIndexOf('-') + 1)..];
            yield return Always(number.Replace('-', '_'), c => Unit(c.Advice.Policy.Numbers[number], unit));
        }

        // A rate of 0 % cannot fall: it has its own placeholder, so no text says "from 0% to 0%" or "below 0%".
        yield return Sometimes("rate_before", perOutcome: true, value: c => c.Outcome?.RateChange?.Before is > 0 and var v ? Percent(v) : null);
        yield return Sometimes("rate_floor", perOutcome: true, value: c => c.Outcome?.RateChange?.Before is 0 ? Percent(0) : null);
        yield return Sometimes("rate_after", perOutcome: true, value: c => c.Outcome?.RateChange is { Before: > 0 and var before, After: { } after } ? PercentApart(after, before) : null);
        yield return Sometimes("points_lost", perOutcome: true, value: c => c.Outcome?.RateChange is { Before: not 0, PointsLost: > 0 and var v } ? Points(v) : null);
        yield return Sometimes("rate_given", c => c.Advice.Facts.CompletionRate is { } r ? Percent(r) : null);
        yield return Sometimes("orders", c => c.Advice.Facts.OrdersInWindow is { } n ? Quantity(n, Orders) : null);
        yield return Sometimes("reviews", c => c.Advice.Facts.Reviews is { } n ? Quantity(n, Reviews) : null);
        yield return Sometimes("value", c => c.Advice.Facts.OrderValue is { } n ? Dollars(n) : null);
        yield return Sometimes("refund_max_amount", c => c.Advice.Facts.OrderValue is { } n
            ? Dollars(n * c.Advice.Policy.Numbers[PolicyNumbers.PartialRefundMaxPercent] / 100)
            : null);
    }

    private static Placeholder Always(string name, Func<RenderContext, string?> value, bool perOutcome = false) => new(name, 0, true, perOutcome, value);

    private static Placeholder Sometimes(string name, Func<RenderContext, string?> value, bool perOutcome = false) => new(name, 0, false, perOutcome, value);

    // Every path that may cancel recovers on the same day; paths that do not still quote it as "would".
    private static DateOnly RecoversOn(RenderContext context) =>
        CompletionRate.RecoveryDate(context.Advice.Today, context.Advice.Policy.Numbers[PolicyNumbers.CompletionWindowDays]);

    private static string Unit(int value, string unit) => unit switch
    {
        "days" => Quantity(value, Days),
        "hours" => Quantity(value, Hours),
        "years" => Quantity(value, Years),
        "percent" => value.ToString(English) + "%",
        _ => Dollars(value),
    };

    private static (string One, string Many) Words(string singular) => (singular, singular.Pluralize());

    private static string Quantity(int count, (string One, string Many) words) =>
        count.ToString(English) + " " + (count == 1 ? words.One : words.Many);

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    private static string Percent(double value) => value.ToString("0.#", English) + "%";

    /// <summary>A rate after a drop, with as many decimals as it takes to differ from the rate before (10,000 orders: 100% to 99.99%).</summary>
    private static string PercentApart(double after, double before)
    {
        var shown = Percent(before);
        foreach (var format in VisibleFormats)
        {
            var text = after.ToString(format, English) + "%";
            if (text != shown)
            {
                return text;
            }
        }

        return after.ToString(VisibleFormats[^1], English) + "%";
    }

    private static string Points(double value)
    {
        // A loss too small to see at one decimal gets the decimals that show it, never "0 points".
        var text = VisibleFormats.Select(format => value.ToString(format, English)).FirstOrDefault(t => t != "0") ?? value.ToString(VisibleFormats[^1], English);
        return text == "1" ? "1 point" : text + " points";
    }

    private static string Dollars(int value) => "$" + value.ToString("#,0", English);
}
