namespace ForumHelper.Bot.Rendering;

/// <summary>One path's consequences in <c>ask --json</c>.</summary>
internal sealed record OutcomeJson(
    string Option,
    bool Recommended,
    string RateEffect,
    double? CompletionRateBefore,
    double? CompletionRateAfter,
    double? PointsLost,
    string? RecoversOn,
    string ReviewRisk,
    string WarningRisk,
    string Money);
