using System.Globalization;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.Policies;

/// <summary>
/// Reads a <c>when:</c> mapping. Each key is a decision fact; each value is one spec or a list:
/// a choice (<c>draft-in-chat</c>), <c>true</c>/<c>false</c>, a number test (<c>"&lt; 10"</c>,
/// <c>"&gt;= 50"</c>, <c>"10..49"</c>, <c>20</c>), <c>unknown</c> (not given) or <c>known</c> (given).
/// <c>{ not: [...] }</c> accepts everything else, unknown included.
/// </summary>
internal static class ConditionParser
{
    public static Condition Parse(YamlFile file, YamlNode? node, string where)
    {
        var mapping = file.AsMapping(node, where);
        if (mapping is null)
        {
            return Condition.Always;
        }

        var tests = new List<FactTest>();
        foreach (var (keyNode, specNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var fact = FactCatalog.Find(name);
            if (fact is null || fact.Index < 0)
            {
                var names = FactCatalog.DecisionFacts.Select(f => f.Name).ToArray();
                var nearest = NearestMatch.Find(name, names);
                file.Problem(keyNode, $"`{name}` is not a fact rules can test" + (nearest is null ? $"; facts: {string.Join(", ", names)}" : $"; did you mean `{nearest}`?"));
                continue;
            }

            if (ParseTest(file, fact, specNode) is { } test)
            {
                tests.Add(test);
            }
        }

        return new Condition(tests);
    }

    private static FactTest? ParseTest(YamlFile file, FactDefinition fact, YamlNode specNode)
    {
        var negate = false;
        if (specNode is YamlMappingNode notMapping)
        {
            file.CheckKeys(notMapping, $"the test of `{fact.Name}`", "not");
            specNode = file.Child(notMapping, "not") ?? specNode;
            negate = true;
        }

        var acceptsUnknown = false;
        var mask = 0UL;
        var ranges = new List<(int, int)>();
        var valid = true;
        foreach (var (spec, node) in file.AsScalarList(specNode, $"the test of `{fact.Name}`"))
        {
            var text = spec.Trim();
            if (text == "unknown")
            {
                acceptsUnknown = true;
            }
            else if (text == "known")
            {
                mask = ulong.MaxValue;
                ranges.Add((fact.Min, fact.Max));
            }
            else if (fact.Kind == FactKind.Integer)
            {
                if (ParseRange(text, fact) is { } range)
                {
                    ranges.Add(range);
                }
                else
                {
                    file.Problem(node, $"`{text}` is not a number test for `{fact.Name}`; write `< 10`, `>= 50`, `10..49`, `20`, `known` or `unknown` (range {fact.Min}–{fact.Max})");
                    valid = false;
                }
            }
            else
            {
                var parsed = FactBinder.ParseValue(fact, text);
                if (parsed.IsSuccess && string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    mask |= 1UL << parsed.Value;
                }
                else
                {
                    var suggestion = NearestMatch.Find(text, [.. fact.Kind == FactKind.Boolean ? ["true", "false"] : fact.Choices, "unknown", "known"]);
                    file.Problem(node, $"`{text}` is not a value of `{fact.Name}`" + (suggestion is null ? $"; valid: {fact.ValidValues}, unknown, known" : $"; did you mean `{suggestion}`?"));
                    valid = false;
                }
            }
        }

        if (!valid)
        {
            return null;
        }

        if (negate)
        {
            acceptsUnknown = !acceptsUnknown;
            mask = ~mask;
            ranges = Complement(ranges, fact);
        }

        return new FactTest(fact, acceptsUnknown, mask, ranges);
    }

    private static (int, int)? ParseRange(string text, FactDefinition fact)
    {
        // Read as long and kept in a range where n + 1 and n - 1 cannot overflow; anything beyond a fact's range is clamped below.
        static long? Number(string part) =>
            long.TryParse(part.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < int.MaxValue
                ? value
                : null;

        (long, long)? range = text switch
        {
            _ when text.StartsWith(">=", StringComparison.Ordinal) => Number(text[2..]) is { } n ? (n, fact.Max) : null,
            _ when text.StartsWith("<=", StringComparison.Ordinal) => Number(text[2..]) is { } n ? (fact.Min, n) : null,
            _ when text.StartsWith('>') => Number(text[1..]) is { } n ? (n + 1, fact.Max) : null,
            _ when text.StartsWith('<') => Number(text[1..]) is { } n ? (fact.Min, n - 1) : null,
            _ when text.Contains("..", StringComparison.Ordinal) => Number(text[..text.IndexOf("..", StringComparison.Ordinal)]) is { } low
                && Number(text[(text.IndexOf("..", StringComparison.Ordinal) + 2)..]) is { } high ? (low, high) : null,
            _ => Number(text) is { } n ? (n, n) : null,
        };

        // A test that no valid value can pass is a mistake, not an empty condition.
        return range is var (lo, hi) && lo <= hi && hi >= fact.Min && lo <= fact.Max
            ? ((int)Math.Max(lo, fact.Min), (int)Math.Min(hi, fact.Max))
            : null;
    }

    private static List<(int, int)> Complement(List<(int Low, int High)> ranges, FactDefinition fact)
    {
        var result = new List<(int, int)>();
        var next = fact.Min;
        foreach (var (low, high) in ranges.OrderBy(r => r.Low))
        {
            if (low > next)
            {
                result.Add((next, low - 1));
            }

            next = Math.Max(next, high + 1);
        }

        if (next <= fact.Max)
        {
            result.Add((next, fact.Max));
        }

        return result;
    }
}
