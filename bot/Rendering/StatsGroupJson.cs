namespace ForumHelper.Bot.Rendering;

/// <summary>One group in <c>stats --format json</c>; counts are null when withheld.</summary>
internal sealed record StatsGroupJson(string Key, int? Count, double? Share, int? PreviousCount, int? Change, bool Withheld);
