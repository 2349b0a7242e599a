namespace ForumHelper.Core.Cases;

/// <summary>
/// How members rated one recommendation's answers; withheld (null) when too few rated it, or when
/// showing it would let the total of ratings give a small one away.
/// </summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Rated">Helpful plus not helpful, or null when withheld.</param>
/// <param name="Helpfulness">Helpful ÷ rated (0–1), or null when withheld.</param>
public sealed record HelpfulnessRow(string Recommendation, int? Rated, double? Helpfulness)
{
    public bool Withheld => Rated is null;
}
