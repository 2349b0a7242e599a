namespace ForumHelper.Bot.Rendering;

/// <summary>How members rated one recommendation in <c>stats --format json</c>; null and flagged when withheld.</summary>
internal sealed record HelpfulnessJson(string Recommendation, int? Rated, double? Helpfulness, bool Withheld);
