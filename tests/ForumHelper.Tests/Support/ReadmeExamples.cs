using System.Text;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Finds the README's examples of what a verb prints: each block fenced as <c>```text</c> whose first
/// line is <c>$ dotnet run --project bot -- VERB …</c>, the output following it up to the fence.
/// A block fenced as <c>```text illustration</c> is not one of them: it is checked by nothing.
/// </summary>
internal static class ReadmeExamples
{
    public const string Prompt = "$ dotnet run --project bot -- ";

    public static IReadOnlyList<ReadmeExample> Find(string readme)
    {
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<ReadmeExample>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] != "```text" || !lines[i + 1].StartsWith(Prompt, StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.IndexOf(lines, "```", i + 2);
            Assert.True(end > 0, $"README.md:{i + 1}: the ```text block is not closed");
            examples.Add(new ReadmeExample(i + 2, lines[i + 1], Split(lines[i + 1][Prompt.Length..]), lines[(i + 2)..end]));
            i = end;
        }

        return examples;
    }

    /// <summary>Splits a command line the way a POSIX shell would for the quoting the README uses: spaces, and "…" or '…' around an argument.</summary>
    public static IReadOnlyList<string> Split(string commandLine)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var started = false;
        char? quote = null;
        foreach (var c in commandLine)
        {
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                started = true;
            }
            else if (c == ' ')
            {
                if (started)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    started = false;
                }
            }
            else
            {
                current.Append(c);
                started = true;
            }
        }

        Assert.True(quote is null, "unclosed quote in: " + commandLine);
        if (started)
        {
            arguments.Add(current.ToString());
        }

        return arguments;
    }
}
