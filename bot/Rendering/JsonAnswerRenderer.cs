using System.Globalization;
using System.Text.Json;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Rendering;

/// <summary>Writes an answered case as JSON for scripts: keys and numbers, plus the readable text.</summary>
internal static class JsonAnswerRenderer
{
    public static string Render(AnsweredCase answered, int width)
    {
        var (advice, answer) = (answered.Advice, answered.Answer);
        var outcomes = advice.Outcomes.Select(o => new OutcomeJson(
            o.Option,
            o.Recommended,
            WireNames.Of(o.Rate),
            Round(o.RateChange?.Before),
            Round(o.RateChange?.After),
            Round(o.RateChange?.PointsLost),
            o.RecoversOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            WireNames.Of(o.ReviewRisk),
            WireNames.Of(o.WarningRisk),
            WireNames.Of(o.Money))).ToList();

        var json = new AnswerJson(
            SlashLine.Format(advice.Facts),
            WireNames.Of(advice.Facts.Marketplace),
            advice.Recommendation,
            advice.RuleId,
            advice.Confident,
            advice.Conflicts,
            advice.Reasons,
            outcomes,
            advice.MissingFacts.Select(q => q.Fact.Name).ToList(),
            advice.Confirmations.Select(q => q.Key).ToList(),
            answer.Question,
            answered.AnswerVersion,
            TerminalAnswerRenderer.Render(answer, color: false, width));
        return JsonSerializer.Serialize(json, CliJsonContext.Default.AnswerJson);
    }

    // Three decimals: enough to show a dip the text shows with extra decimals (100 to 99.99 with 10,000 orders).
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
