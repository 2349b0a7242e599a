using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.Policies;

/// <summary>Reads <c>data/policies/&lt;marketplace&gt;.yaml</c> into a <see cref="MarketplacePolicy"/>, recording every problem in the file.</summary>
public static class PolicyLoader
{
    private static readonly string[] TopKeys =
        ["marketplace", "name", "checked-on", "tracks-completion-rate", "numbers", "terms", "questions", "confirm", "conflicts", "paths", "rules", "notes"];

    public static MarketplacePolicy? Load(YamlFile file)
    {
        var root = file.Root();
        if (root is null)
        {
            return null;
        }

        file.CheckKeys(root, "a policy file", TopKeys);
        var marketplaceText = file.AsScalar(file.Required(root, "marketplace", "A policy file"), "`marketplace`");
        Marketplace? marketplace = null;
        if (marketplaceText is not null)
        {
            var parsed = FactBinder.ParseValue(FactCatalog.MarketplaceFact, marketplaceText);
            if (parsed.IsSuccess)
            {
                marketplace = (Marketplace)parsed.Value;
            }
            else
            {
                file.Problem(file.Child(root, "marketplace")!, $"unknown marketplace `{marketplaceText}`; valid: {FactCatalog.MarketplaceFact.ValidValues}");
            }
        }

        var name = file.AsScalar(file.Required(root, "name", "A policy file"), "`name`");
        var checkedOn = file.AsScalar(file.Required(root, "checked-on", "A policy file"), "`checked-on`");
        var tracksRate = ReadBoolean(file, file.Required(root, "tracks-completion-rate", "A policy file"), "`tracks-completion-rate`");
        var numbers = ReadNumbers(file, file.AsMapping(file.Required(root, "numbers", "A policy file"), "`numbers`"));
        var paths = ReadPaths(file, file.AsMapping(file.Required(root, "paths", "A policy file"), "`paths`"));
        var rules = ReadRules(file, file.AsSequence(file.Required(root, "rules", "A policy file"), "`rules`"), paths);
        var notes = ReadNotes(file, file.AsSequence(file.Child(root, "notes"), "`notes`"), paths);
        var confirmations = ReadConfirmations(file, file.AsSequence(file.Child(root, "confirm"), "`confirm`"));
        var terms = ReadTerms(file, file.AsMapping(file.Child(root, "terms"), "`terms`"));
        var conflicts = ReadConflicts(file, file.AsSequence(file.Child(root, "conflicts"), "`conflicts`"));
        var questions = marketplace is { } market ? ReadQuestionOrder(file, file.Child(root, "questions"), market) : [];

        if (file.Problems.Count > 0 || marketplace is null || name is null || checkedOn is null || tracksRate is null || numbers is null)
        {
            return null;
        }

        return new MarketplacePolicy
        {
            Marketplace = marketplace.Value,
            DisplayName = name,
            CheckedOn = checkedOn,
            TracksCompletionRate = tracksRate.Value,
            Terms = terms,
            Numbers = numbers,
            Paths = paths,
            Table = new DecisionTable(rules, notes),
            Confirmations = confirmations,
            Conflicts = conflicts,
            QuestionOrder = questions,
            File = file.DisplayPath,
        };
    }

    private static bool? ReadBoolean(YamlFile file, YamlNode? node, string what)
    {
        var text = file.AsScalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        file.Problem(node!, $"{what} must be true or false, not `{text}`");
        return null;
    }

    private static PolicyNumbers? ReadNumbers(YamlFile file, YamlMappingNode? mapping)
    {
        if (mapping is null)
        {
            return null;
        }

        file.CheckKeys(mapping, "`numbers`", [.. PolicyNumbers.Names]);
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in PolicyNumbers.Names)
        {
            if (file.AsInteger(file.Required(mapping, name, "`numbers`"), $"`{name}`", 0, 100_000) is { } value)
            {
                values[name] = value;
            }
        }

        return values.Count == PolicyNumbers.Names.Count ? new PolicyNumbers(values) : null;
    }

    private static bool IsPathName(string key) =>
        key.Length is > 0 and <= PathDefinition.MaxNameLength && char.IsAsciiLetterLower(key[0]) &&
        key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static Dictionary<string, PathDefinition> ReadPaths(YamlFile file, YamlMappingNode? mapping)
    {
        var paths = new Dictionary<string, PathDefinition>(StringComparer.Ordinal);
        if (mapping is null)
        {
            return paths;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var where = $"path `{key}`";
            if (!IsPathName(key))
            {
                file.Problem(keyNode, $"path name `{key}` must be lower-case letters, digits and hyphens, starting with a letter, " +
                    $"at most {PathDefinition.MaxNameLength} characters: it travels in the answer's button ids");
            }

            var path = file.AsMapping(valueNode, where);
            if (path is null)
            {
                continue;
            }

            file.CheckKeys(path, where, "open-when", "rate", "money", "review-risk", "warning-risk");
            var rate = ReadEffects<RateEffect>(file, file.Required(path, "rate", where), $"`rate` of {where}");
            if (rate.Any(r => r.Value == RateEffect.NotTracked))
            {
                file.Problem(file.Child(path, "rate")!, "`not-tracked` comes from `tracks-completion-rate: false`; give the path's own effect");
            }

            paths[key] = new PathDefinition
            {
                Key = key,
                OpenWhen = ReadAnyOf(file, file.Required(path, "open-when", where), $"`open-when` of {where}"),
                Rate = rate,
                Money = ReadEffects<MoneyEffect>(file, file.Required(path, "money", where), $"`money` of {where}"),
                ReviewRisk = ReadEffects<RiskLevel>(file, file.Required(path, "review-risk", where), $"`review-risk` of {where}"),
                WarningRisk = ReadEffects<RiskLevel>(file, file.Required(path, "warning-risk", where), $"`warning-risk` of {where}"),
                Line = (int)keyNode.Start.Line,
            };
        }

        return paths;
    }

    /// <summary>One condition, or a list of them of which any may hold.</summary>
    private static List<Condition> ReadAnyOf(YamlFile file, YamlNode? node, string where) => node switch
    {
        null => [],
        YamlSequenceNode list => [.. list.Select(item => ConditionParser.Parse(file, item, $"each condition of {where}"))],
        _ => [ConditionParser.Parse(file, node, where)],
    };

    /// <summary>An effect: one value, or <c>{ when, is }</c> rows of which the first that holds counts; the last row has no <c>when</c>.</summary>
    private static List<WhenRule<TEnum>> ReadEffects<TEnum>(YamlFile file, YamlNode? node, string where) where TEnum : struct, Enum
    {
        if (node is YamlScalarNode)
        {
            return ReadEnum<TEnum>(file, node, where) is { } single ? [new WhenRule<TEnum>(Condition.Always, single)] : [];
        }

        var rows = new List<WhenRule<TEnum>>();
        var sequence = file.AsSequence(node, where);
        foreach (var row in file.Rows(sequence, $"each row of {where}"))
        {
            file.CheckKeys(row, $"a row of {where}", "when", "is");
            var value = ReadEnum<TEnum>(file, file.Required(row, "is", $"A row of {where}"), $"`is` in {where}");
            var when = file.Child(row, "when") is { } whenNode ? ConditionParser.Parse(file, whenNode, $"`when` in {where}") : Condition.Always;
            if (value is not null)
            {
                rows.Add(new WhenRule<TEnum>(when, value.Value));
            }
        }

        if (sequence is not null && (rows.Count == 0 || rows[^1].When.Tests.Count > 0))
        {
            file.Problem(sequence, $"the last row of {where} must have no `when`, so every case gets a value");
        }

        return rows;
    }

    private static List<DecisionRule> ReadRules(YamlFile file, YamlSequenceNode? sequence, Dictionary<string, PathDefinition> paths)
    {
        var rules = new List<DecisionRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows(sequence, "each rule"))
        {
            file.CheckKeys(row, "a rule", "id", "when", "recommend", "reasons", "confident");
            var id = file.AsScalar(file.Required(row, "id", "A rule"), "`id`") ?? "?";
            if (!ids.Add(id))
            {
                file.Problem(row, $"rule id `{id}` is used twice");
            }

            var recommend = file.AsScalar(file.Required(row, "recommend", $"Rule `{id}`"), "`recommend`");
            if (recommend is not null && !paths.ContainsKey(recommend))
            {
                var nearest = NearestMatch.Find(recommend, paths.Keys);
                file.Problem(file.Child(row, "recommend")!, $"rule `{id}` recommends `{recommend}`, which is not a path of this policy" +
                    (nearest is null ? $"; paths: {string.Join(", ", paths.Keys)}" : $"; did you mean `{nearest}`?"));
            }

            var reasons = file.AsScalarList(file.Required(row, "reasons", $"Rule `{id}`"), "`reasons`").Select(r => r.Value).ToList();
            var when = ConditionParser.Parse(file, file.Required(row, "when", $"Rule `{id}`"), $"`when` of rule `{id}`");
            var confident = file.Child(row, "confident") is { } confidentNode ? ReadBoolean(file, confidentNode, "`confident`") ?? true : true;
            rules.Add(new DecisionRule(id, when, recommend ?? "", reasons, (int)row.Start.Line, confident));
        }

        return rules;
    }

    private static List<DecisionNote> ReadNotes(YamlFile file, YamlSequenceNode? sequence, Dictionary<string, PathDefinition> paths)
    {
        var notes = new List<DecisionNote>();
        foreach (var row in file.Rows(sequence, "each note"))
        {
            file.CheckKeys(row, "a note", "when", "only-for", "reason");
            var reason = file.AsScalar(file.Required(row, "reason", "A note"), "`reason`");
            HashSet<string>? onlyFor = null;
            if (file.Child(row, "only-for") is { } onlyForNode)
            {
                onlyFor = [];
                foreach (var (key, node) in file.AsScalarList(onlyForNode, "`only-for`"))
                {
                    if (!paths.ContainsKey(key))
                    {
                        file.Problem(node, $"`{key}` in `only-for` is not a path of this policy; paths: {string.Join(", ", paths.Keys)}");
                    }

                    onlyFor.Add(key);
                }
            }

            var when = ConditionParser.Parse(file, file.Required(row, "when", "A note"), "`when` of a note");
            if (reason is not null)
            {
                notes.Add(new DecisionNote(when, onlyFor, reason, (int)row.Start.Line));
            }
        }

        return notes;
    }

    private static List<ConfirmCheck> ReadConfirmations(YamlFile file, YamlSequenceNode? sequence)
    {
        var checks = new List<ConfirmCheck>();
        foreach (var row in file.Rows(sequence, "each `confirm` row"))
        {
            file.CheckKeys(row, "a `confirm` row", "fact", "given", "could-be", "unless");
            var factName = file.AsScalar(file.Required(row, "fact", "A `confirm` row"), "`fact`");
            var fact = factName is null ? null : FactCatalog.Find(factName);
            if (factName is not null && (fact is null || fact.Index < 0 || fact.Kind != FactKind.Choice))
            {
                file.Problem(row, $"`{factName}` is not a choice fact; `confirm` works on: {string.Join(", ", FactCatalog.DecisionFacts.Where(f => f.Kind == FactKind.Choice).Select(f => f.Name))}");
                continue;
            }

            var given = ChoiceCode(file, fact, file.Required(row, "given", "A `confirm` row"));
            var couldBe = ChoiceCode(file, fact, file.Required(row, "could-be", "A `confirm` row"));
            if (fact is not null && given is not null && couldBe is not null)
            {
                var unless = file.Child(row, "unless") is { } unlessNode ? ConditionParser.Parse(file, unlessNode, "`unless` of a `confirm` row") : null;
                checks.Add(new ConfirmCheck(fact, given.Value, couldBe.Value, (int)row.Start.Line, unless));
            }
        }

        return checks;
    }

    private static MarketplaceTerms ReadTerms(YamlFile file, YamlMappingNode? mapping)
    {
        if (mapping is null)
        {
            return MarketplaceTerms.Default;
        }

        file.CheckKeys(mapping, "`terms`", "buyer", "order");
        string Word(string key, string fallback)
        {
            var word = file.AsScalar(file.Child(mapping, key), $"`terms.{key}`");
            if (word is not null && (word.Length is 0 or > 20 || !word.All(c => char.IsAsciiLetterLower(c) || c == ' ')))
            {
                file.Problem(file.Child(mapping, key)!, $"`terms.{key}` must be a lower-case word of at most 20 letters, as it reads mid-sentence");
            }

            return word ?? fallback;
        }

        return new MarketplaceTerms(Word("buyer", MarketplaceTerms.Default.Buyer), Word("order", MarketplaceTerms.Default.Order));
    }

    private static List<FactConflict> ReadConflicts(YamlFile file, YamlSequenceNode? sequence)
    {
        var conflicts = new List<FactConflict>();
        foreach (var row in file.Rows(sequence, "each `conflicts` row"))
        {
            file.CheckKeys(row, "a `conflicts` row", "when", "key");
            var key = file.AsScalar(file.Required(row, "key", "A `conflicts` row"), "`key`");
            var when = ConditionParser.Parse(file, file.Required(row, "when", "A `conflicts` row"), "`when` of a `conflicts` row");
            if (when.Tests.Count < 2)
            {
                file.Problem(row, "a conflict needs at least two facts in its `when`: it names facts that contradict each other");
            }

            if (key is not null)
            {
                conflicts.Add(new FactConflict(when, key, (int)row.Start.Line));
            }
        }

        return conflicts;
    }

    private static int? ChoiceCode(YamlFile file, FactDefinition? fact, YamlNode? node)
    {
        var text = file.AsScalar(node, "a choice");
        if (fact is null || text is null)
        {
            return null;
        }

        var parsed = FactBinder.ParseValue(fact, text);
        if (parsed.IsSuccess)
        {
            return parsed.Value;
        }

        file.Problem(node!, parsed.Problems[0].Message + $" Valid: {fact.ValidValues}");
        return null;
    }

    private static List<FactDefinition> ReadQuestionOrder(YamlFile file, YamlNode? node, Marketplace marketplace)
    {
        var order = new List<FactDefinition>();
        foreach (var (name, item) in file.AsScalarList(node, "`questions`"))
        {
            var fact = FactCatalog.Find(name);
            if (fact is null || fact.Index < 0 || fact.Required)
            {
                file.Problem(item, $"`{name}` is not an optional fact; `questions` lists: {string.Join(", ", FactCatalog.DecisionFacts.Where(f => !f.Required).Select(f => f.Name))}");
            }
            else if (!fact.AppliesTo(marketplace))
            {
                file.Problem(item, $"`{name}` does not apply to {WireNames.Of(marketplace)}");
            }
            else if (order.Contains(fact))
            {
                file.Problem(item, $"`{name}` is listed twice in `questions`");
            }
            else
            {
                order.Add(fact);
            }
        }

        // Facts left out are still asked about, after the listed ones.
        order.AddRange(FactCatalog.DecisionFacts.Where(f => !f.Required && f.AppliesTo(marketplace) && !order.Contains(f)));
        return order;
    }

    private static TEnum? ReadEnum<TEnum>(YamlFile file, YamlNode? node, string what) where TEnum : struct, Enum
    {
        var text = file.AsScalar(node, what);
        if (text is null)
        {
            return null;
        }

        var names = WireNames.Of<TEnum>();
        if (names.Contains(text) && WireNames.Parse<TEnum>(text) is { } value)
        {
            return value;
        }

        var nearest = NearestMatch.Find(text, names);
        file.Problem(node!, $"{what} is `{text}`; valid: {string.Join(", ", names)}" + (nearest is null ? "" : $" (did you mean `{nearest}`?)"));
        return null;
    }
}
