using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.Yaml;

/// <summary>
/// One YAML data file being read: parses it with line numbers and collects
/// <see cref="DataProblem"/>s instead of throwing, so a maintainer sees every problem at once.
/// </summary>
public sealed class YamlFile
{
    private YamlFile(string displayPath, string text)
    {
        DisplayPath = displayPath;
        Text = text;
    }

    /// <summary>The path used in problem reports.</summary>
    public string DisplayPath { get; }

    /// <summary>The file's text, as read (also hashed into the answer-set version).</summary>
    public string Text { get; }

    public List<DataProblem> Problems { get; } = [];

    public static YamlFile Read(string path, string displayPath) => new(displayPath, File.ReadAllText(path));

    public static YamlFile FromText(string displayPath, string text) => new(displayPath, text);

    /// <summary>The root mapping, or null (with a problem recorded) if the file is not a YAML mapping.</summary>
    public YamlMappingNode? Root()
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Text));
            if (stream.Documents.Count == 0)
            {
                Problem(1, "the file is empty; expected a YAML mapping");
                return null;
            }

            if (stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            Problem(stream.Documents[0].RootNode, "expected a mapping of `key: value` lines at the top");
            return null;
        }
        catch (YamlException error)
        {
            var message = (error.InnerException?.Message ?? error.Message).Split('\n')[0];
            Problem((int)error.Start.Line, "YAML syntax: " + message.Trim());
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed `[[`, say);
            // the last event it read is the best line to point at.
            Problem(LastReadableLine(), "YAML syntax: the file cannot be read from about here on (an unclosed bracket or quote?)");
            return null;
        }
    }

    private int LastReadableLine()
    {
        var parser = new Parser(new StringReader(Text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.End.Line ?? line);
            }
        }
        catch (Exception error) when (error is YamlException or InvalidOperationException)
        {
            // Reading stops at the fault; the line reached so far is the answer.
        }

        return line;
    }

    public void Problem(int line, string message) => Problems.Add(new DataProblem(DisplayPath, Math.Max(line, 1), message));

    public void Problem(YamlNode node, string message) => Problem((int)node.Start.Line, message);

    /// <summary>Reports keys of <paramref name="mapping"/> not in <paramref name="allowed"/>, with the nearest valid key.</summary>
    public void CheckKeys(YamlMappingNode mapping, string where, params string[] allowed)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                var nearest = Facts.NearestMatch.Find(name, allowed);
                Problem(key, $"unknown key `{name}` in {where}" + (nearest is null ? $"; valid keys: {string.Join(", ", allowed)}" : $"; did you mean `{nearest}`?"));
            }
        }
    }

    public YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>A required child; records a problem at the parent when it is missing.</summary>
    public YamlNode? Required(YamlMappingNode mapping, string key, string where)
    {
        var node = Child(mapping, key);
        if (node is null)
        {
            Problem(mapping, $"{where} needs `{key}`");
        }

        return node;
    }

    public YamlMappingNode? AsMapping(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Problem(node, $"{what} must be a mapping of `key: value` lines");
        return null;
    }

    public YamlSequenceNode? AsSequence(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Problem(node, $"{what} must be a list (`- item` lines or `[a, b]`)");
        return null;
    }

    /// <summary>The mapping rows of a list (<c>- { ... }</c>), skipping (and reporting) rows of another shape.</summary>
    public IEnumerable<YamlMappingNode> Rows(YamlSequenceNode? sequence, string what)
    {
        if (sequence is null)
        {
            yield break;
        }

        foreach (var item in sequence)
        {
            if (AsMapping(item, what) is { } row)
            {
                yield return row;
            }
        }
    }

    public string? AsScalar(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Problem(node, $"{what} must be a single value");
        return null;
    }

    /// <summary>A scalar or a list of scalars, as a list.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> AsScalarList(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } value }:
                return [(value, node)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence)
                {
                    if (AsScalar(item, $"each item of {what}") is { } text)
                    {
                        items.Add((text, item));
                    }
                }

                return items;
            default:
                Problem(node, $"{what} must be a value or a list of values");
                return [];
        }
    }

    public int? AsInteger(YamlNode? node, string what, int min, int max)
    {
        var text = AsScalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Problem(node!, $"{what} must be a whole number from {min} to {max}, not `{text}`");
        return null;
    }
}
