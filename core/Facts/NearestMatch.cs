namespace ForumHelper.Core.Facts;

/// <summary>"Did you mean…?" suggestions by edit distance.</summary>
public static class NearestMatch
{
    /// <summary>The candidate closest to <paramref name="input"/>, if close enough to be a plausible typo.</summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        // People type "not as expected" or "draft_in_chat" for wire names.
        input = input.Trim().Replace(' ', '-').Replace('_', '-');
        var lower = input.ToLowerInvariant();
        var allowed = Math.Max(2, input.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: a candidate that cannot be close
            // enough is skipped, so a 60,000-character value costs no 60,000-row table per candidate.
            if (Math.Abs(lower.Length - candidate.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(lower, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A prefix ("draft" for "draft-in-chat") is a good guess even when many letters are missing.
        var prefixMatch = input.Length >= 3 ? candidates.FirstOrDefault(c => c.StartsWith(input, StringComparison.OrdinalIgnoreCase)) : null;
        return bestDistance <= allowed ? best : prefixMatch;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
