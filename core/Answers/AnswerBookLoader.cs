using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.Answers;

/// <summary>Reads <c>data/answers/&lt;locale&gt;.yaml</c> into an <see cref="AnswerBook"/>, recording every problem in the file.</summary>
public static partial class AnswerBookLoader
{
    public static AnswerBook? Load(YamlFile file)
    {
        var root = file.Root();
        if (root is null)
        {
            return null;
        }

        file.CheckKeys(root, "an answers file", "locale", "labels", "families", "recommendations", "reasons", "questions", "confirmations", "conflicts", "outcomes", "briefs");
        var locale = file.AsScalar(file.Required(root, "locale", "An answers file"), "`locale`");

        var labelsNode = file.AsMapping(file.Required(root, "labels", "An answers file"), "`labels`");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        AnswerText? footer = null;
        if (labelsNode is not null)
        {
            file.CheckKeys(labelsNode, "`labels`", [.. AnswerBook.LabelKeys, "footer"]);
            foreach (var key in AnswerBook.LabelKeys)
            {
                if (PlainText(file, file.Required(labelsNode, key, "`labels`"), $"label `{key}`") is { } label)
                {
                    labels[key] = label;
                }
            }

            footer = ReadText(file, "labels.footer", file.Required(labelsNode, "footer", "`labels`"));
        }

        var families = ReadFamilies(file, file.Required(root, "families", "An answers file"));
        var recommendations = new Dictionary<string, RecommendationText>(StringComparer.Ordinal);
        foreach (var (key, node) in Entries(file, file.Required(root, "recommendations", "An answers file"), "`recommendations`"))
        {
            var where = $"recommendation `{key}`";
            if (file.AsMapping(node, where) is not { } entry)
            {
                continue;
            }

            file.CheckKeys(entry, where, "title", "label", "summary", "family");
            var title = PlainText(file, file.Required(entry, "title", where), $"`title` of {where}");
            var label = PlainText(file, file.Required(entry, "label", where), $"`label` of {where}");
            var summary = ReadText(file, $"recommendations.{key}.summary", file.Required(entry, "summary", where));
            var familyNode = file.Required(entry, "family", where);
            var familyName = file.AsScalar(familyNode, $"`family` of {where}");
            PathFamily? family = null;
            if (familyName is not null && !families.TryGetValue(familyName, out family))
            {
                file.Problem(familyNode!, $"`family` of {where} is `{familyName}`, which `families` does not define; valid: {string.Join(", ", families.Keys)}");
            }

            if (title is not null && label is not null && summary is not null && family is not null)
            {
                recommendations[key] = new RecommendationText(title, label, summary, family, (int)node.Start.Line);
            }
        }

        var reasons = ReadTexts(file, file.Required(root, "reasons", "An answers file"), "reasons");
        var questions = ReadTexts(file, file.Required(root, "questions", "An answers file"), "questions");
        var confirmations = ReadTexts(file, file.Child(root, "confirmations"), "confirmations");
        var conflicts = ReadTexts(file, file.Child(root, "conflicts"), "conflicts");
        foreach (var key in questions.Keys.Where(k => FactCatalog.Find(k) is not { Index: >= 0, Required: false }))
        {
            file.Problem(questions[key].Alternatives[0].Line, $"`questions` has `{key}`, which is not an optional fact; valid: {string.Join(", ", FactCatalog.DecisionFacts.Where(f => !f.Required).Select(f => f.Name))}");
        }

        var outcomes = ReadOutcomeTexts(file, file.Required(root, "outcomes", "An answers file"), "outcomes");
        var briefs = ReadOutcomeTexts(file, file.Required(root, "briefs", "An answers file"), "briefs");

        if (file.Problems.Count > 0 || locale is null || footer is null)
        {
            return null;
        }

        return new AnswerBook
        {
            Locale = locale,
            File = file.DisplayPath,
            Recommendations = recommendations,
            Reasons = reasons,
            Questions = questions,
            Confirmations = confirmations,
            Conflicts = conflicts,
            Outcomes = outcomes,
            Briefs = briefs,
            Footer = footer,
            Labels = new AnswerLabels
            {
                Why = labels["why"],
                Paths = labels["paths"],
                Recommended = labels["recommended"],
                Rate = labels["rate"],
                ReviewRisk = labels["review-risk"],
                WarningRisk = labels["warning-risk"],
                Money = labels["money"],
                Question = labels["question"],
                MoreQuestions = labels["more-questions"],
                Uncertain = labels["uncertain"],
                EveryPath = labels["every-path"],
                Dispute = labels["dispute"],
                Details = labels["details"],
            },
        };
    }

    /// <summary>Texts per outcome aspect and value (<c>rate.cancellation</c>…), in full (<c>outcomes</c>) or in brief (<c>briefs</c>): every key required.</summary>
    private static Dictionary<string, AnswerText> ReadOutcomeTexts(YamlFile file, YamlNode? node, string section)
    {
        var texts = new Dictionary<string, AnswerText>(StringComparer.Ordinal);
        if (file.AsMapping(node, $"`{section}`") is not { } mapping)
        {
            return texts;
        }

        var groups = AnswerBook.OutcomeKeys.Select(k => k[..k.IndexOf('.')]).Distinct().ToArray();
        file.CheckKeys(mapping, $"`{section}`", groups);
        foreach (var group in groups)
        {
            if (file.AsMapping(file.Required(mapping, group, $"`{section}`"), $"`{section}.{group}`") is not { } groupNode)
            {
                continue;
            }

            var keys = AnswerBook.OutcomeKeys.Where(k => k.StartsWith(group + ".", StringComparison.Ordinal)).Select(k => k[(group.Length + 1)..]).ToArray();
            file.CheckKeys(groupNode, $"`{section}.{group}`", keys);
            foreach (var key in keys)
            {
                if (ReadText(file, $"{section}.{group}.{key}", file.Required(groupNode, key, $"`{section}.{group}`")) is { } text)
                {
                    texts[$"{group}.{key}"] = text;
                }
            }
        }

        return texts;
    }

    /// <summary><c>families</c>: each kind of step's symbol and colour (<c>"#RRGGBB"</c>).</summary>
    private static Dictionary<string, PathFamily> ReadFamilies(YamlFile file, YamlNode? node)
    {
        var families = new Dictionary<string, PathFamily>(StringComparer.Ordinal);
        foreach (var (name, value) in Entries(file, node, "`families`"))
        {
            var where = $"family `{name}`";
            if (file.AsMapping(value, where) is not { } entry)
            {
                continue;
            }

            file.CheckKeys(entry, where, "symbol", "colour");
            var symbol = PlainText(file, file.Required(entry, "symbol", where), $"`symbol` of {where}");
            var colourNode = file.Required(entry, "colour", where);
            var colourText = file.AsScalar(colourNode, $"`colour` of {where}");
            int? colour = null;
            if (colourText is { Length: 7 } && colourText[0] == '#'
                && int.TryParse(colourText.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var rgb))
            {
                colour = rgb;
            }
            else if (colourText is not null)
            {
                file.Problem(colourNode!, $"`colour` of {where} is `{colourText}`; valid: a colour as \"#RRGGBB\", e.g. \"#5865F2\"");
            }

            if (symbol is not null && colour is not null)
            {
                families[name] = new PathFamily(name, symbol, colour.Value);
            }
        }

        return families;
    }

    private static IEnumerable<(string Key, YamlNode Node)> Entries(YamlFile file, YamlNode? node, string what)
    {
        if (file.AsMapping(node, what) is not { } mapping)
        {
            yield break;
        }

        foreach (var (key, value) in mapping.Children)
        {
            yield return ((key as YamlScalarNode)?.Value ?? "", value);
        }
    }

    private static Dictionary<string, AnswerText> ReadTexts(YamlFile file, YamlNode? node, string section)
    {
        var texts = new Dictionary<string, AnswerText>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(file, node, $"`{section}`"))
        {
            if (ReadText(file, $"{section}.{key}", value) is { } text)
            {
                texts[key] = text;
            }
        }

        return texts;
    }

    /// <summary>
    /// Titles and labels are shown as written, so a placeholder there would reach members as typed
    /// (e.g. "{marketplace}"): refused, naming where placeholders do work.
    /// </summary>
    private static string? PlainText(YamlFile file, YamlNode? node, string what)
    {
        var text = file.AsScalar(node, what);
        if (text is not null && PlaceholderLike().Match(text) is { Success: true } match)
        {
            file.Problem(node!, $"{what} is plain text, so `{match.Value}` would be shown as typed; placeholders work in summaries, reasons, questions, confirmations, outcomes and the footer");
            return null;
        }

        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial System.Text.RegularExpressions.Regex PlaceholderLike();

    /// <summary>A text: one string, or a list of alternatives, most specific first.</summary>
    private static AnswerText? ReadText(YamlFile file, string key, YamlNode? node)
    {
        var items = file.AsScalarList(node, $"text `{key}`");
        if (items.Count == 0)
        {
            if (node is not null)
            {
                file.Problem(node, $"text `{key}` is empty");
            }

            return null;
        }

        var alternatives = new List<TextTemplate>();
        foreach (var (source, itemNode) in items)
        {
            var unknown = new List<string>();
            var template = TextTemplate.Parse(source.Trim(), (int)itemNode.Start.Line, unknown);
            foreach (var name in unknown)
            {
                var nearest = NearestMatch.Find(name, Placeholders.All.Keys);
                file.Problem(itemNode, $"text `{key}` uses `{{{name}}}`, which is not a placeholder" +
                    (nearest is null ? $"; placeholders: {string.Join(", ", Placeholders.All.Keys.Select(p => "{" + p + "}"))}" : $"; did you mean `{{{nearest}}}`?"));
            }

            if (string.IsNullOrWhiteSpace(source))
            {
                file.Problem(itemNode, $"text `{key}` has an empty alternative");
            }

            alternatives.Add(template);
        }

        var last = alternatives[^1];
        if (!last.UsesOnlyAlwaysAvailable)
        {
            var sometimes = string.Join(", ", last.Uses.Where(p => !p.AlwaysAvailable).Select(p => "{" + p.Name + "}"));
            file.Problem(last.Line, $"text `{key}`: the last alternative uses {sometimes}, which not every answer has; add a last alternative without it");
        }

        return new AnswerText(key, alternatives);
    }
}
