using System.Globalization;
using System.Text.RegularExpressions;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.Understanding;

/// <summary>
/// Reads <c>data/understanding/&lt;locale&gt;.yaml</c> into an <see cref="UnderstandingBook"/> and checks
/// it: every phrase parses and every regex compiles, every value of every fact has a signal, words
/// for "I read this as", or is marked <c>readable: false</c>, and every <c>examples:</c> entry reads
/// exactly as it says. Every problem is recorded with its line.
/// </summary>
public static partial class UnderstandingBookLoader
{
    private const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    // A maintainer's regex that backtracks badly on some text must not hold a request up.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(50);

    private static readonly string[] SignalKeys = ["says", "strong", "weak", "negated-means", "outranks", "clear-after", "readable"];

    /// <summary>Reads an understanding file; with <paramref name="checkExamples"/>, also reads each of its examples and compares.</summary>
    public static UnderstandingBook? Load(YamlFile file, bool checkExamples = true)
    {
        var root = file.Root();
        if (root is null)
        {
            return null;
        }

        file.CheckKeys(root, "an understanding file", "locale", "labels", "terms", "reading", "facts", "examples");
        var locale = file.AsScalar(file.Required(root, "locale", "An understanding file"), "`locale`");
        var labels = Labels(file, file.AsMapping(file.Required(root, "labels", "An understanding file"), "`labels`"));
        var terms = Terms(file, file.AsMapping(file.Required(root, "terms", "An understanding file"), "`terms`"));
        var reading = file.AsMapping(file.Required(root, "reading", "An understanding file"), "`reading`");
        var settings = reading is null ? null : Settings(file, reading);

        var signals = new List<ValueSignal>();
        var numbers = new List<NumberSignal>();
        var rules = new Dictionary<string, FactRule>(StringComparer.Ordinal);
        var factsNode = file.AsMapping(file.Required(root, "facts", "An understanding file"), "`facts`");
        if (factsNode is not null && settings is not null)
        {
            file.CheckKeys(factsNode, "`facts`", [.. FactCatalog.All.Select(f => f.Name)]);
            foreach (var fact in FactCatalog.All)
            {
                var node = file.Child(factsNode, fact.Name);
                if (node is null)
                {
                    file.Problem(factsNode, $"`facts` has no entry for `{fact.Name}`; give its signals, or `readable: false` for each value no description can give");
                    continue;
                }

                if (file.AsMapping(node, $"`facts.{fact.Name}`") is { } entry && Fact(file, fact, entry, settings, signals, numbers) is { } rule)
                {
                    rules[fact.Name] = rule;
                }
            }
        }

        if (file.Problems.Count > 0 || locale is null || labels is null || terms is null || settings is null)
        {
            return null;
        }

        var spelling = new SpellingRules(settings.SameAs, settings.FixTowards,
            Words(signals.Select(s => s.Phrase).Concat(numbers.Select(n => n.Phrase))).Concat(settings.Negators).Concat(settings.ClauseBreakers).Concat(settings.PassOver).Concat(settings.LeaveAlone).Concat(settings.NumberWords.Keys).Concat(settings.Units.Values.SelectMany(u => u.Keys)));
        var reader = new DescriptionReader(signals, numbers, new NegationRules(settings.Negators, settings.ClauseBreakers, settings.PassOver, settings.Window), spelling, settings.NumberWords);
        var examples = file.AsSequence(file.Child(root, "examples"), "`examples`");
        var book = new UnderstandingBook(locale, file.DisplayPath, labels, reader, rules, terms, examples?.Children.Count ?? 0);
        if (checkExamples)
        {
            CheckExamples(file, book, examples);
        }

        return file.Problems.Count > 0 ? null : book;
    }

    private static UnderstandingLabels? Labels(YamlFile file, YamlMappingNode? node)
    {
        if (node is null)
        {
            return null;
        }

        string[] keys = ["read-as", "nothing-read", "unclear", "choice-wins", "needs"];
        file.CheckKeys(node, "`labels`", keys);
        var texts = keys.Select(key => file.AsScalar(file.Required(node, key, "`labels`"), $"label `{key}`")).ToArray();
        return texts.Any(t => t is null) ? null : new UnderstandingLabels(texts[0]!, texts[1]!, texts[2]!, texts[3]!, texts[4]!);
    }

    private static Dictionary<Marketplace, IReadOnlyDictionary<string, string>>? Terms(YamlFile file, YamlMappingNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var names = WireNames.Of<Marketplace>();
        file.CheckKeys(node, "`terms`", [.. names]);
        var terms = new Dictionary<Marketplace, IReadOnlyDictionary<string, string>>();
        foreach (var marketplace in Enum.GetValues<Marketplace>())
        {
            var name = WireNames.Of(marketplace);
            if (file.AsMapping(file.Required(node, name, "`terms`"), $"`terms.{name}`") is not { } words)
            {
                continue;
            }

            file.CheckKeys(words, $"`terms.{name}`", "buyer", "order");
            var buyer = file.AsScalar(file.Required(words, "buyer", $"`terms.{name}`"), "`buyer`");
            var order = file.AsScalar(file.Required(words, "order", $"`terms.{name}`"), "`order`");
            if (buyer is not null && order is not null)
            {
                terms[marketplace] = new Dictionary<string, string>(StringComparer.Ordinal) { ["buyer"] = buyer, ["order"] = order };
            }
        }

        return terms.Count == names.Count ? terms : null;
    }

    private static ReadingSettings? Settings(YamlFile file, YamlMappingNode reading)
    {
        file.CheckKeys(reading, "`reading`", "negators", "negation-window", "negation-passes", "clause-breakers", "number-words", "units", "spelling");
        var negators = SingleWords(file, file.Required(reading, "negators", "`reading`"), "`negators`");
        var window = file.AsInteger(file.Required(reading, "negation-window", "`reading`"), "`negation-window`", 1, 6);
        var breakers = SingleWords(file, file.Required(reading, "clause-breakers", "`reading`"), "`clause-breakers`");
        var passOver = SingleWords(file, file.Required(reading, "negation-passes", "`reading`"), "`negation-passes`");

        var numberWords = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, value, node) in NumberTable(file, file.Child(reading, "number-words"), "`number-words`"))
        {
            numberWords[word] = value;
        }

        var units = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (file.AsMapping(file.Child(reading, "units"), "`units`") is { } unitsNode)
        {
            foreach (var (key, value) in unitsNode.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                units[name] = NumberTable(file, value, $"unit table `{name}`").ToDictionary(u => u.Word, u => u.Value, StringComparer.Ordinal);
            }
        }

        var sameAs = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> fixTowards = [];
        IReadOnlyList<string> leaveAlone = [];
        if (file.AsMapping(file.Child(reading, "spelling"), "`spelling`") is { } spelling)
        {
            file.CheckKeys(spelling, "`spelling`", "same-as", "fix-towards", "leave-alone");
            if (file.AsMapping(file.Child(spelling, "same-as"), "`same-as`") is { } same)
            {
                foreach (var (key, value) in same.Children)
                {
                    var written = SingleWord(file, key, (key as YamlScalarNode)?.Value ?? "", "`same-as`");
                    var meant = (file.AsScalar(value, "a `same-as` word") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(word => SingleWord(file, value, word, "`same-as`")).ToList();
                    if (written is not null && meant.Count > 0 && meant.All(word => word is not null))
                    {
                        sameAs[written] = string.Join(' ', meant);
                    }
                }
            }

            fixTowards = SingleWords(file, file.Child(spelling, "fix-towards"), "`fix-towards`");
            foreach (var word in fixTowards.Where(w => w.Length < SpellingRules.ShortestFixed))
            {
                file.Problem(spelling, $"`fix-towards` word `{word}` is shorter than {SpellingRules.ShortestFixed} letters; one letter changes too much of a short word");
            }

            leaveAlone = SingleWords(file, file.Child(spelling, "leave-alone"), "`leave-alone`");
        }

        return window is null ? null : new ReadingSettings(negators.ToHashSet(StringComparer.Ordinal), breakers.ToHashSet(StringComparer.Ordinal), passOver.ToHashSet(StringComparer.Ordinal), window.Value, numberWords, units, sameAs, fixTowards, leaveAlone);
    }

    private static FactRule? Fact(YamlFile file, FactDefinition fact, YamlMappingNode entry, ReadingSettings settings, List<ValueSignal> signals, List<NumberSignal> numbers)
    {
        var where = $"`facts.{fact.Name}`";
        var valueNames = fact.Kind switch
        {
            FactKind.Choice => fact.Choices,
            FactKind.Boolean => ["false", "true"],
            _ => [],
        };

        if (fact.Kind == FactKind.Integer)
        {
            file.CheckKeys(entry, where, "says", "numbers", "readable", "ignore");
            signals.AddRange(Signals(file, fact, ValueSignal.Ignored, file.Child(entry, "ignore"), SignalStrength.Strong, $"`ignore` of {where}", settings));
            if (Flag(file, file.Child(entry, "readable"), "`readable`") == false)
            {
                return new FactRule(fact, new Dictionary<int, ValueRule>(), null);
            }

            var says = file.AsScalar(file.Required(entry, "says", where), $"`says` of {where}");
            if (says is not null)
            {
                CheckSays(file, file.Child(entry, "says")!, says, where, allowNumber: true);
            }

            var found = Numbers(file, fact, file.Child(entry, "numbers"), settings, valueNames);
            if (found.Count == 0)
            {
                file.Problem(entry, $"{where} has no `numbers:` pattern; give one, or `readable: false`");
            }

            numbers.AddRange(found);
            return says is null ? null : new FactRule(fact, new Dictionary<int, ValueRule>(), says);
        }

        file.CheckKeys(entry, where, [.. valueNames, "numbers", "weak-alone", "ignore"]);
        signals.AddRange(Signals(file, fact, ValueSignal.Ignored, file.Child(entry, "ignore"), SignalStrength.Strong, $"`ignore` of {where}", settings));
        var weakAlone = file.AsScalar(file.Child(entry, "weak-alone"), "`weak-alone`") ?? "unclear";
        if (weakAlone is not ("unclear" or "unsaid"))
        {
            file.Problem(file.Child(entry, "weak-alone")!, $"`weak-alone` of {where} is `unclear` (ask about it) or `unsaid` (leave it to its default), not `{weakAlone}`");
        }

        var numbered = Numbers(file, fact, file.Child(entry, "numbers"), settings, valueNames);
        numbers.AddRange(numbered);
        var values = new Dictionary<int, ValueRule>();
        var signalled = new HashSet<int>(numbered.SelectMany(n => n.Thresholds.Select(t => t.Code)));
        var nodes = new Dictionary<int, YamlMappingNode>();
        for (var code = 0; code < valueNames.Count; code++)
        {
            var name = valueNames[code];
            var valueWhere = $"`{fact.Name}: {name}`";
            if (file.Child(entry, name) is not { } node)
            {
                file.Problem(entry, $"{where} has no entry for `{name}`; give its signals, or `readable: false` if no description can give it");
                continue;
            }

            if (file.AsMapping(node, valueWhere) is not { } value)
            {
                continue;
            }

            file.CheckKeys(value, valueWhere, SignalKeys);
            var readable = Flag(file, file.Child(value, "readable"), "`readable`") != false;
            var says = readable ? file.AsScalar(file.Required(value, "says", valueWhere), $"`says` of {valueWhere}") : null;
            if (says is not null)
            {
                CheckSays(file, file.Child(value, "says")!, says, valueWhere, allowNumber: false);
            }

            var before = signals.Count;
            signals.AddRange(Signals(file, fact, code, file.Child(value, "strong"), SignalStrength.Strong, valueWhere, settings));
            signals.AddRange(Signals(file, fact, code, file.Child(value, "weak"), SignalStrength.Weak, valueWhere, settings));
            if (signals.Count > before)
            {
                signalled.Add(code);
            }

            int? negatedMeans = null;
            if (file.AsScalar(file.Child(value, "negated-means"), "`negated-means`") is { } meant)
            {
                negatedMeans = ValueCode(file, file.Child(value, "negated-means")!, meant, valueNames, valueWhere);
                if (negatedMeans == code)
                {
                    file.Problem(file.Child(value, "negated-means")!, $"{valueWhere}: `negated-means` names the value itself");
                }
                else if (negatedMeans is { } target)
                {
                    signalled.Add(target);
                }
            }

            var outranks = file.AsScalarList(file.Child(value, "outranks"), "`outranks`")
                .Select(item => ValueCode(file, item.Node, item.Value, valueNames, valueWhere)).OfType<int>().ToList();
            var clearAfter = file.AsScalarList(file.Child(value, "clear-after"), "`clear-after`")
                .Select(item => ValueCode(file, item.Node, item.Value, valueNames, valueWhere)).OfType<int>().ToList();
            values[code] = new ValueRule(code, says, negatedMeans, outranks, readable, clearAfter);
            nodes[code] = value;
        }

        foreach (var (code, rule) in values.Where(pair => pair.Value.Readable && !signalled.Contains(pair.Key)))
        {
            file.Problem(nodes[code], $"`{fact.Name}: {valueNames[code]}` has no signal (`strong:`, `weak:`, a `numbers:` threshold, or another value's `negated-means`); give one, or mark it `readable: false`");
        }

        return new FactRule(fact, values, null, weakAlone != "unsaid");
    }

    private static IEnumerable<ValueSignal> Signals(YamlFile file, FactDefinition fact, int code, YamlNode? node, SignalStrength strength, string where, ReadingSettings settings)
    {
        if (file.AsSequence(node, code == ValueSignal.Ignored ? where : $"`{(strength == SignalStrength.Strong ? "strong" : "weak")}` of {where}") is not { } list)
        {
            yield break;
        }

        foreach (var item in list)
        {
            var line = (int)item.Start.Line;
            if (item is YamlScalarNode { Value: { } phrase })
            {
                var parsed = PhraseSyntax.Parse(phrase.Trim());
                if (parsed.IsSuccess)
                {
                    yield return new ValueSignal(fact, code, strength, line, parsed.Value, null);
                }
                else
                {
                    file.Problem(item, $"phrase `{phrase}` of {where}: {parsed.Problems[0]}");
                }
            }
            else if (item is YamlMappingNode mapping)
            {
                file.CheckKeys(mapping, $"a signal of {where}", "regex");
                var source = file.AsScalar(file.Required(mapping, "regex", $"A signal of {where}"), "`regex`");
                if (source is not null && Compile(file, mapping, source, null, where, settings.NumberWords.Keys) is { } pattern)
                {
                    yield return new ValueSignal(fact, code, strength, line, null, pattern);
                }
            }
            else
            {
                file.Problem(item, $"a signal of {where} is a phrase, or `{{ regex: '...' }}`");
            }
        }
    }

    private static List<NumberSignal> Numbers(YamlFile file, FactDefinition fact, YamlNode? node, ReadingSettings settings, IReadOnlyList<string> valueNames)
    {
        var found = new List<NumberSignal>();
        var where = $"`numbers` of `{fact.Name}`";
        foreach (var row in file.Rows(file.AsSequence(node, where), $"an item of {where}"))
        {
            file.CheckKeys(row, $"an item of {where}", "phrase", "regex", "weak", "unit", "at-least", "not-after", "not-before");
            var weak = Flag(file, file.Child(row, "weak"), "`weak`") == true;
            IReadOnlyDictionary<string, double> units = new Dictionary<string, double>();
            if (file.AsScalar(file.Child(row, "unit"), "`unit`") is { } unitName)
            {
                if (settings.Units.TryGetValue(unitName, out var table))
                {
                    units = table;
                }
                else
                {
                    file.Problem(file.Child(row, "unit")!, $"`unit: {unitName}` is not a table under `reading.units`; tables: {string.Join(", ", settings.Units.Keys)}");
                    continue;
                }
            }

            var thresholds = new List<(double, int)>();
            var atLeast = file.Child(row, "at-least");
            if (fact.Kind == FactKind.Integer && atLeast is not null)
            {
                file.Problem(atLeast, $"`at-least` picks a value of a choice fact; `{fact.Name}` takes the number itself");
            }
            else if (fact.Kind != FactKind.Integer)
            {
                if (atLeast is null)
                {
                    file.Problem(row, $"an item of {where} needs `at-least:`, the value each number gives (`{fact.Name}` is a choice)");
                    continue;
                }

                foreach (var (word, threshold, thresholdNode) in NumberTable(file, atLeast, "`at-least`", keysAreNumbers: true))
                {
                    if (ValueCode(file, thresholdNode, word, valueNames, where) is { } code)
                    {
                        thresholds.Add((threshold, code));
                    }
                }
            }

            var notAfter = SingleWords(file, file.Child(row, "not-after"), "`not-after`", signs: true).ToHashSet(StringComparer.Ordinal);
            var notBefore = SingleWords(file, file.Child(row, "not-before"), "`not-before`", signs: true).ToHashSet(StringComparer.Ordinal);
            var phraseText = file.AsScalar(file.Child(row, "phrase"), "`phrase`");
            var regexText = file.AsScalar(file.Child(row, "regex"), "`regex`");
            if ((phraseText is null) == (regexText is null))
            {
                file.Problem(row, $"an item of {where} has either `phrase:` or `regex:`");
                continue;
            }

            PhraseSequence? phrase = null;
            Regex? pattern = null;
            if (phraseText is not null)
            {
                var parsed = PhraseSyntax.Parse(phraseText.Trim(), numbers: true);
                if (!parsed.IsSuccess)
                {
                    file.Problem(file.Child(row, "phrase")!, $"phrase `{phraseText}` of {where}: {parsed.Problems[0]}");
                    continue;
                }

                phrase = parsed.Value;
                if (units.Count == 0 && PhraseSyntax.Flatten(phrase.Nodes).Any(n => n.Kind == PhraseNodeKind.Unit))
                {
                    file.Problem(file.Child(row, "phrase")!, $"phrase `{phraseText}` of {where} uses `{{unit}}`; name its table with `unit:`");
                    continue;
                }
            }
            else
            {
                pattern = Compile(file, file.Child(row, "regex")!, regexText!, units.Count > 0 ? units.Keys : null, where, settings.NumberWords.Keys);
                if (pattern is null)
                {
                    continue;
                }

                if (!pattern.GetGroupNames().Contains("n"))
                {
                    file.Problem(row, $"the regex of {where} has no number: use `{{n}}`, `{{digits}}` or a group named `n`");
                    continue;
                }
            }

            found.Add(new NumberSignal(fact, phrase, pattern, weak ? SignalStrength.Weak : SignalStrength.Strong, units,
                [.. thresholds.OrderByDescending(t => t.Item1)], notAfter, notBefore, (int)row.Start.Line));
        }

        return found;
    }

    private static Regex? Compile(YamlFile file, YamlNode node, string source, IEnumerable<string>? units, string where, IEnumerable<string>? numberWords = null)
    {
        var expanded = source
            .Replace("{digits}", @"(?<n>[0-9][0-9,]*(?:\.[0-9]+)?)", StringComparison.Ordinal)
            .Replace("{n}", @"(?<n>[0-9][0-9,]*(?:\.[0-9]+)?" + string.Concat((numberWords ?? []).OrderByDescending(w => w.Length).Select(w => "|" + Regex.Escape(w))) + ")", StringComparison.Ordinal);
        if (units is not null)
        {
            expanded = expanded.Replace("{unit}", "(?<unit>" + string.Join("|", units.OrderByDescending(u => u.Length).Select(Regex.Escape)) + ")", StringComparison.Ordinal);
        }

        if (LeftoverPlaceholder().Match(expanded) is { Success: true } leftover)
        {
            file.Problem(node, $"the regex of {where} uses `{leftover.Value}`, which is not a placeholder here; placeholders: {{n}}, {{digits}}" + (units is null ? "" : ", {unit}"));
            return null;
        }

        try
        {
            // Token boundaries: the normalized text is tokens joined by single spaces.
            return new Regex($"(?<![^ ])(?:{expanded})(?![^ ])", PatternOptions, PatternTimeout);
        }
        catch (ArgumentException error)
        {
            file.Problem(node, $"the regex of {where} does not compile: {error.Message.Split('\n')[0]}");
            return null;
        }
    }

    private static void CheckExamples(YamlFile file, UnderstandingBook book, YamlSequenceNode? examples)
    {
        foreach (var example in file.Rows(examples, "an example"))
        {
            file.CheckKeys(example, "an example", "text", "reads", "unclear");
            var text = file.AsScalar(file.Required(example, "text", "An example"), "`text`");
            var reads = file.AsMapping(file.Required(example, "reads", "An example"), "`reads`");
            if (text is null || reads is null)
            {
                continue;
            }

            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (key, value) in reads.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (FactCatalog.Find(name) is not { } fact)
                {
                    file.Problem(key, $"`{name}` in `reads` is not a fact; facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
                    continue;
                }

                var parsed = FactBinder.ParseValue(fact, file.AsScalar(value, $"`reads.{name}`") ?? "");
                if (parsed.IsSuccess)
                {
                    expected[name] = parsed.Value;
                }
                else
                {
                    file.Problem(value, $"`reads.{name}`: {parsed.Problems[0].Explained}");
                }
            }

            var reading = book.Read(text);
            foreach (var problem in ReadingDifferences(reading, expected))
            {
                file.Problem(example, "the example " + problem);
            }

            foreach (var (fact, node) in file.AsScalarList(file.Child(example, "unclear"), "`unclear`"))
            {
                if (!reading.Unclear.Contains(fact))
                {
                    file.Problem(node, $"the example leaves `{fact}` clear or unsaid, not unclear");
                }
            }
        }
    }

    /// <summary>How a reading differs from the facts it should give, one line per fact; empty when exactly equal.</summary>
    public static IEnumerable<string> ReadingDifferences(DescriptionReading reading, IReadOnlyDictionary<string, int> expected)
    {
        foreach (var fact in FactCatalog.All)
        {
            var wanted = expected.TryGetValue(fact.Name, out var expectedCode);
            var read = reading.Facts.TryGetValue(fact.Name, out var readCode);
            if (wanted && !read)
            {
                var why = reading.Unclear.Contains(fact.Name) ? "unclear (weak or conflicting signals)" : "not read";
                yield return $"leaves `{fact.Name}` {why}; expected `{fact.Format(expectedCode)}`";
            }
            else if (read && (!wanted || readCode != expectedCode))
            {
                var from = reading.Evidence.TryGetValue(fact.Name, out var words) ? $" (from \"{words}\")" : "";
                yield return wanted
                    ? $"reads `{fact.Name}` as `{fact.Format(readCode)}`{from}; expected `{fact.Format(expectedCode)}`"
                    : $"reads `{fact.Name}` as `{fact.Format(readCode)}`{from}, which it should not";
            }
        }
    }

    private static void CheckSays(YamlFile file, YamlNode node, string says, string where, bool allowNumber)
    {
        foreach (Match placeholder in LeftoverPlaceholder().Matches(says))
        {
            var name = placeholder.Groups[1].Value;
            if (name is not ("buyer" or "order") && !(allowNumber && name == "n"))
            {
                file.Problem(node, $"`says` of {where} uses `{placeholder.Value}`; placeholders here: {{buyer}}, {{order}}" + (allowNumber ? ", {n}" : ""));
            }
        }

        if (allowNumber && !says.Contains("{n}", StringComparison.Ordinal))
        {
            file.Problem(node, $"`says` of {where} must show the number with `{{n}}`");
        }
    }

    private static int? ValueCode(YamlFile file, YamlNode node, string name, IReadOnlyList<string> valueNames, string where)
    {
        for (var i = 0; i < valueNames.Count; i++)
        {
            if (valueNames[i] == name)
            {
                return i;
            }
        }

        var nearest = NearestMatch.Find(name, valueNames);
        file.Problem(node, $"{where}: `{name}` is not a value here" + (nearest is null ? $"; values: {string.Join(", ", valueNames)}" : $"; did you mean `{nearest}`?"));
        return null;
    }

    private static bool? Flag(YamlFile file, YamlNode? node, string what)
    {
        var text = file.AsScalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        file.Problem(node!, $"{what} is true or false, not `{text}`");
        return null;
    }

    private static IEnumerable<(string Word, double Value, YamlNode Node)> NumberTable(YamlFile file, YamlNode? node, string what, bool keysAreNumbers = false)
    {
        if (file.AsMapping(node, what) is not { } table)
        {
            yield break;
        }

        foreach (var (key, value) in table.Children)
        {
            var (word, number) = keysAreNumbers ? (file.AsScalar(value, $"a value of {what}"), (key as YamlScalarNode)?.Value) : ((key as YamlScalarNode)?.Value, file.AsScalar(value, $"a value of {what}"));
            if (word is null || number is null)
            {
                continue;
            }

            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                file.Problem(keysAreNumbers ? key : value, $"{what}: `{number}` is not a number");
                continue;
            }

            yield return (word, parsed, keysAreNumbers ? value : key);
        }
    }

    private static List<string> SingleWords(YamlFile file, YamlNode? node, string what, bool signs = false) =>
        file.AsScalarList(node, what).Select(item => SingleWord(file, item.Node, item.Value, what, signs)).OfType<string>().ToList();

    // A word of a list must be one token as descriptions are split, or it would never match.
    private static string? SingleWord(YamlFile file, YamlNode node, string written, string what, bool signs = false)
    {
        var tokens = DescriptionText.Tokenize(written, SpellingRules.None);
        if (tokens.Count == 1 && (tokens[0].Kind == TokenKind.Word || (signs && tokens[0].Kind == TokenKind.Symbol)))
        {
            return tokens[0].Text;
        }

        file.Problem(node, $"{what}: `{written}` is not a single word as the reader splits text (letters and inner apostrophes{(signs ? ", or a sign such as $" : "")})");
        return null;
    }

    private static IEnumerable<string> Words(IEnumerable<PhraseSequence?> phrases) =>
        phrases.OfType<PhraseSequence>().SelectMany(p => PhraseSyntax.Flatten(p.Nodes)).Where(n => n.Kind is PhraseNodeKind.Word or PhraseNodeKind.Stem).Select(n => n.Text);

    [GeneratedRegex(@"\{([a-z_-]+)\}")]
    private static partial Regex LeftoverPlaceholder();
}
