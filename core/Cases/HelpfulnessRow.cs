namespace ForumHelper.Core.Cases;

/// <summary>How members rated one recommendation's answers; withheld (null ratio) when too few rated it.</summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Rated">Helpful plus not helpful, or null when fewer than the minimum group size.</param>
/// <param name="Helpfulness">Helpful ÷ rated (0–1), or null when withheld.</param>
public sealed record HelpfulnessRow(string Recommendation, int? Rated, double? Helpfulness);
