namespace ForumHelper.Bot.Rendering;

/// <summary>How members rated one recommendation in <c>stats --format json</c>; null when too few rated it.</summary>
internal sealed record HelpfulnessJson(string Recommendation, int? Rated, double? Helpfulness);
