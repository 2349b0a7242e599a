using System.Text;

namespace ForumHelper.Core.Answers;

/// <summary>An answer text split once, at load, into literal parts and placeholders.</summary>
public sealed class TextTemplate
{
    private readonly (string Literal, Placeholder? Placeholder)[] _parts;

    private TextTemplate((string, Placeholder?)[] parts, string source, int line)
    {
        _parts = parts;
        Source = source;
        Line = line;
    }

    public string Source { get; }
    public int Line { get; }

    public IEnumerable<Placeholder> Uses => _parts.Where(p => p.Placeholder is not null).Select(p => p.Placeholder!);

    public bool UsesOnlyAlwaysAvailable => Uses.All(p => p.AlwaysAvailable);

    /// <summary>Parses <c>{name}</c> placeholders; unknown names go to <paramref name="unknown"/>.</summary>
    public static TextTemplate Parse(string source, int line, ICollection<string> unknown)
    {
        var parts = new List<(string, Placeholder?)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            var open = source.IndexOf('{', i);
            var close = open < 0 ? -1 : source.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                literal.Append(source, i, source.Length - i);
                break;
            }

            literal.Append(source, i, open - i);
            var name = source[(open + 1)..close];
            if (Placeholders.Find(name) is { } placeholder)
            {
                parts.Add((literal.ToString(), placeholder));
                literal.Clear();
            }
            else
            {
                unknown.Add(name);
                literal.Append(source, open, close - open + 1);
            }

            i = close + 1;
        }

        parts.Add((literal.ToString(), null));
        return new TextTemplate([.. parts], source, line);
    }

    /// <summary>The filled text, or null when a placeholder has no value for this answer.</summary>
    public string? TryRender(RenderContext context)
    {
        if (_parts.Length == 1)
        {
            return _parts[0].Literal;
        }

        // Check every placeholder first, so an alternative that cannot be used costs no text.
        var length = 0;
        foreach (var (literal, placeholder) in _parts)
        {
            length += literal.Length;
            if (placeholder is not null)
            {
                if (context.ValueOf(placeholder) is not { } value)
                {
                    return null;
                }

                length += value.Length;
            }
        }

        return string.Create(length, (this, context), static (span, state) =>
        {
            foreach (var (literal, placeholder) in state.Item1._parts)
            {
                literal.AsSpan().CopyTo(span);
                span = span[literal.Length..];
                if (placeholder is not null)
                {
                    var value = state.context.ValueOf(placeholder)!;
                    value.AsSpan().CopyTo(span);
                    span = span[value.Length..];
                }
            }
        });
    }
}
