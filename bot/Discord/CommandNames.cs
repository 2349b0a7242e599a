using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Discord;

/// <summary>The slash commands' names, as registered and as dispatched.</summary>
public static class CommandNames
{
    public const string CancelAdvice = FactCatalog.CommandName;
    public const string CaseStats = "case-stats";
    public const string ForgetMe = "forget-me";
}
