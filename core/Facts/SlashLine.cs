using System.Text;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Facts;

/// <summary>
/// The text form of a slash command, as Discord shows it:
/// <c>/cancel-advice asked-by:buyer stage:draft-in-chat</c>, with double quotes around a value that has spaces.
/// </summary>
public static class SlashLine
{
    /// <summary>Parses and binds a <c>/cancel-advice</c> line into facts, with every problem found.</summary>
    public static Outcome<DisputeFacts, FactError> ParseFacts(string line)
    {
        var invocation = Parse(line);
        if (!invocation.IsSuccess)
        {
            return Outcome<DisputeFacts, FactError>.Failure(invocation.Problems);
        }

        if (invocation.Value.Command != FactCatalog.CommandName)
        {
            var command = invocation.Value.Command;
            return Outcome<DisputeFacts, FactError>.Failure(
            [
                new FactError("/" + FactBinder.Shorten(command), $"`/{FactBinder.Shorten(command)}` is not a command ForumHelper answers here.", "/" + FactCatalog.CommandName,
                    NearestMatch.Find(command, [FactCatalog.CommandName]) is { } nearest ? "/" + nearest : null),
            ]);
        }

        return FactBinder.Bind(invocation.Value.Options);
    }

    /// <summary>Splits a line into the command and its options; checks syntax only, not names or values.</summary>
    public static Outcome<SlashInvocation, FactError> Parse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith('/'))
        {
            return Fail("", "A question starts with the command, like `/cancel-advice asked-by:buyer stage:delivered`.", null);
        }

        var position = 1;
        var command = ReadWhile(text, ref position, c => !char.IsWhiteSpace(c));
        if (command.Length == 0)
        {
            return Fail("/", "The command name is missing after `/`.", "/" + FactCatalog.CommandName);
        }

        var options = new List<KeyValuePair<string, string>>();
        while (true)
        {
            ReadWhile(text, ref position, char.IsWhiteSpace);
            if (position >= text.Length)
            {
                return Outcome<SlashInvocation, FactError>.Success(new SlashInvocation(command.ToLowerInvariant(), options));
            }

            var name = ReadWhile(text, ref position, c => c != ':' && !char.IsWhiteSpace(c));
            if (position >= text.Length || text[position] != ':')
            {
                return Fail(name, $"`{Shorten(name)}` needs a value: write options as `name:value`, e.g. `stage:delivered`.", null);
            }

            position++; // the colon
            ReadWhile(text, ref position, c => c == ' ');
            string value;
            if (position < text.Length && text[position] == '"')
            {
                var close = text.IndexOf('"', position + 1);
                if (close < 0)
                {
                    return Fail(name, $"The value of `{Shorten(name)}` opens a quote that never closes.", null);
                }

                value = text[(position + 1)..close];
                position = close + 1;
            }
            else
            {
                value = ReadWhile(text, ref position, c => !char.IsWhiteSpace(c));
            }

            if (value.Length == 0)
            {
                return Fail(name, $"`{Shorten(name)}:` has no value after the colon.", null);
            }

            options.Add(new(name.ToLowerInvariant(), value));
        }
    }

    /// <summary>Writes facts back as a slash line; only the facts that are known.</summary>
    public static string Format(DisputeFacts facts)
    {
        var line = new StringBuilder("/").Append(FactCatalog.CommandName);
        var vector = facts.ToVector();
        foreach (var fact in FactCatalog.DecisionFacts)
        {
            var code = vector[fact.Index];
            if (code == FactVector.Unknown)
            {
                continue;
            }

            line.Append(' ').Append(fact.Name).Append(':').Append(fact.Format(code));
        }

        if (facts.Marketplace != Marketplace.Fiverr)
        {
            line.Append(" marketplace:").Append(WireNames.Of(facts.Marketplace));
        }

        return line.ToString();
    }

    private static string ReadWhile(string text, ref int position, Func<char, bool> accept)
    {
        var start = position;
        while (position < text.Length && accept(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static string Shorten(string value) => FactBinder.Shorten(value);

    private static Outcome<SlashInvocation, FactError> Fail(string option, string message, string? valid) =>
        Outcome<SlashInvocation, FactError>.Failure([new FactError(option, message, valid ?? "`name:value` pairs after the command", null)]);
}
