using System.Globalization;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// Button ids carry a case id, a choice and the question's facts (<see cref="Core.Facts.DisputeFactsCode"/>),
/// never an id or a name: <c>feedback:ID:helpful:FACTS</c>, <c>whatif:ID:decline-cancellation:FACTS</c>,
/// <c>share:ID:channel:FACTS</c>, <c>details:ID:all:FACTS</c>, <c>forget:confirm</c>, <c>stats-csv:recommendation:30</c>. With the facts in the button, any replica
/// can give the answer again: nothing about a question is kept between requests.
/// </summary>
public static class CustomIds
{
    public const string Feedback = "feedback";
    public const string WhatIf = "whatif";
    public const string Share = "share";

    /// <summary>"Details": every path in full, privately, <c>details:ID:all:FACTS</c>.</summary>
    public const string Details = "details";
    public const string Forget = "forget";

    /// <summary>The describe-it-yourself form: <c>describe:CHOSEN</c>, the facts chosen so far (<see cref="Core.Facts.ChosenFactsCode"/>).</summary>
    public const string Describe = "describe";

    /// <summary>A follow-up select for a fact still missing: <c>need:FACT:CHOSEN</c>.</summary>
    public const string Need = "need";

    /// <summary>"Not quite right": reopens the form with the choices pre-selected, <c>redo:CHOSEN</c>.</summary>
    public const string Redo = "redo";

    /// <summary>Export CSV under <c>/case-stats</c>: <c>stats-csv:GROUPING:DAYS</c>, the report's options and nothing else.</summary>
    public const string StatsCsv = "stats-csv";

    /// <summary>Discord's limit on a component's custom id.</summary>
    public const int MaxLength = 100;

    /// <summary>The choice of a share button: where the answer goes.</summary>
    public const string Channel = "channel";

    /// <summary>The choice of a details button: every path.</summary>
    public const string AllPaths = "all";

    public static string For(string kind, long caseId, string choice, string facts) =>
        $"{kind}:{caseId.ToString(CultureInfo.InvariantCulture)}:{choice}:{facts}";

    /// <summary>Splits an id into its kind, case id, choice and facts code; false for anything not of that shape.</summary>
    public static bool TryParse(string? customId, out string kind, out long caseId, out string? choice, out string? facts)
    {
        kind = "";
        caseId = 0;
        choice = null;
        facts = null;
        if (string.IsNullOrEmpty(customId) || customId.Length > 100)
        {
            return false;
        }

        var parts = customId.Split(':');
        kind = parts[0];
        if (parts.Length is < 2 or > 4 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out caseId) || caseId <= 0)
        {
            return false;
        }

        choice = parts.Length >= 3 ? parts[2] : null;
        facts = parts.Length == 4 ? parts[3] : null;
        return true;
    }
}
