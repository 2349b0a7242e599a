using System.Globalization;

namespace ForumHelper.Benchmarks.Load;

/// <summary>The shares of each kind of request in a load run, e.g. <c>advice=70,ping=10,click=10,bad-signature=10</c>.</summary>
internal sealed record RequestMix(int Advice, int Ping, int Click, int BadSignature)
{
    public const string Default = "advice=70,ping=10,click=10,bad-signature=10";

    public int Total => Advice + Ping + Click + BadSignature;

    public static RequestMix? Parse(string text, out string? problem)
    {
        problem = null;
        var shares = new Dictionary<string, int>(StringComparer.Ordinal) { ["advice"] = 0, ["ping"] = 0, ["click"] = 0, ["bad-signature"] = 0 };
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !shares.ContainsKey(pair[0]) || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var share))
            {
                problem = $"'{part}' is not a share: write kind=number with kind one of {string.Join(", ", shares.Keys)}, e.g. {Default}";
                return null;
            }

            shares[pair[0]] = share;
        }

        var mix = new RequestMix(shares["advice"], shares["ping"], shares["click"], shares["bad-signature"]);
        if (mix.Total == 0)
        {
            problem = $"the mix has no requests; e.g. {Default}";
            return null;
        }

        return mix;
    }

    /// <summary>The kind for a draw in [0, Total).</summary>
    public string KindAt(int draw) =>
        draw < Advice ? "advice"
        : draw < Advice + Ping ? "ping"
        : draw < Advice + Ping + Click ? "click"
        : "bad-signature";
}
