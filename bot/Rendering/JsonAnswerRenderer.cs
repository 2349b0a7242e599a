using System.Globalization;
using System.Text.Json;
using ForumHelper.Core.Advising;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Rendering;

/// <summary>Writes an answered case as JSON for scripts: keys and numbers, plus the readable text.</summary>
internal static class JsonAnswerRenderer
{
    /// <param name="answered">The answer.</param>
    /// <param name="width">The width the readable text is wrapped at.</param>
    /// <param name="understood">With <c>ask --text</c>: what the description gave, for <c>understood</c> and <c>evidence</c>.</param>
    public static string Render(AnsweredCase answered, int width, UnderstoodCase? understood = null)
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
        return JsonSerializer.Serialize(understood is null ? json : WithDescription(json, understood), CliJsonContext.Default.AnswerJson);
    }

    /// <summary>No answer yet: a required fact is still unknown. What the description gave, and what is needed.</summary>
    public static string RenderNeeds(UnderstoodCase understood, DataSet data)
    {
        var marketplace = understood.Combined.Understood.TryGetValue(FactCatalog.MarketplaceFact.Name, out var code) ? (Marketplace)code : Marketplace.Fiverr;
        var json = new AnswerJson(null, WireNames.Of(marketplace), null, null, null, [], [], [], [], [], null, data.Version, null);
        return JsonSerializer.Serialize(WithDescription(json, understood), CliJsonContext.Default.AnswerJson);
    }

    private static AnswerJson WithDescription(AnswerJson json, UnderstoodCase understood)
    {
        var (reading, combined) = (understood.Reading, understood.Combined);
        return json with
        {
            Understood = combined.Understood.ToDictionary(pair => pair.Key, pair => Value(pair.Key, pair.Value), StringComparer.Ordinal),
            Evidence = combined.Understood.Keys.Where(reading.Evidence.ContainsKey).ToDictionary(name => name, name => reading.Evidence[name], StringComparer.Ordinal),
            Unclear = reading.Unclear,
            Disagreements = combined.Disagreements,
            Needs = combined.Needs,
        };
    }

    private static object Value(string name, int code)
    {
        var fact = FactCatalog.Find(name)!;
        return fact.Kind switch
        {
            FactKind.Choice => fact.Choices[code],
            FactKind.Boolean => code == 1,
            _ => code,
        };
    }

    // Three decimals: enough to show a dip the text shows with extra decimals (100 to 99.99 with 10,000 orders).
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
