namespace ForumHelper.Bot.Rendering;

/// <summary>One group in <c>stats --format json</c>; withheld counts are null and flagged.</summary>
internal sealed record StatsGroupJson(string Key, int? Count, double? Share, int? PreviousCount, int? Change, bool Withheld, bool PreviousWithheld);
