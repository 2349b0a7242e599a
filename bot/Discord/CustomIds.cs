using System.Globalization;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Button ids carry only a case id and a choice, never personal data:
/// <c>feedback:ID:helpful</c>, <c>whatif:ID:decline-cancellation</c>, <c>share:ID</c>, <c>forget:confirm</c>.
/// </summary>
public static class CustomIds
{
    public const string Feedback = "feedback";
    public const string WhatIf = "whatif";
    public const string Share = "share";
    public const string Forget = "forget";

    public static string For(string kind, long caseId, string? choice = null) =>
        choice is null ? $"{kind}:{caseId.ToString(CultureInfo.InvariantCulture)}" : $"{kind}:{caseId.ToString(CultureInfo.InvariantCulture)}:{choice}";

    /// <summary>Splits an id into its kind, case id and choice; false for anything not of that shape.</summary>
    public static bool TryParse(string? customId, out string kind, out long caseId, out string? choice)
    {
        kind = "";
        caseId = 0;
        choice = null;
        if (string.IsNullOrEmpty(customId) || customId.Length > 100)
        {
            return false;
        }

        var parts = customId.Split(':');
        kind = parts[0];
        if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out caseId) || caseId <= 0)
        {
            return false;
        }

        choice = parts.Length == 3 ? parts[2] : null;
        return true;
    }
}
