using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Cli;

/// <summary>Asks the person at the terminal for one fact a description left unknown.</summary>
internal interface IFactPrompt
{
    /// <summary>The code of the choice made for <paramref name="fact"/> (a choice fact).</summary>
    int Choose(FactDefinition fact);
}
