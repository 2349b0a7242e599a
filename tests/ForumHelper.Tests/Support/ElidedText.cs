namespace ForumHelper.Tests.Support;

/// <summary>
/// Compares output with an example that may leave parts out, line by line: a line that is only
/// <c>...</c> (any indentation) stands for any number of lines, and a line ending in <c> ...</c>
/// for any one line that starts with the text before it. Every other line must match exactly.
/// </summary>
internal static class ElidedText
{
    public const string Elision = "...";

    public static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual) => Matches(expected, 0, actual, 0);

    /// <summary>
    /// The index of the first line of <paramref name="expected"/> that cannot be matched, for the failure
    /// message; its count when every line matches but the output goes on; null when it all matches.
    /// </summary>
    public static int? FirstMismatch(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (Matches(expected, actual))
        {
            return null;
        }

        for (var length = expected.Count; length > 0; length--)
        {
            if (MatchesPrefix(expected.Take(length).ToList(), actual))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool Matches(IReadOnlyList<string> expected, int e, IReadOnlyList<string> actual, int a)
    {
        while (e < expected.Count)
        {
            if (expected[e].Trim() == Elision)
            {
                // Any number of lines, the fewest first.
                for (var skip = a; skip <= actual.Count; skip++)
                {
                    if (Matches(expected, e + 1, actual, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (a >= actual.Count || !LineMatches(expected[e], actual[a]))
            {
                return false;
            }

            e++;
            a++;
        }

        return a == actual.Count;
    }

    // Whether the expected lines match the start of the actual ones (for saying where a mismatch is).
    private static bool MatchesPrefix(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        Enumerable.Range(0, actual.Count + 1).Any(end => Matches(expected, 0, actual.Take(end).ToList(), 0));

    private static bool LineMatches(string expected, string actual) =>
        expected.EndsWith(" " + Elision, StringComparison.Ordinal)
            ? actual.StartsWith(expected[..^(Elision.Length + 1)], StringComparison.Ordinal)
            : expected == actual;
}
