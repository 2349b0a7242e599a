namespace ForumHelper.Bot.Cli;

/// <summary>Process exit codes of the verbs.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The data files (or golden cases) have problems.</summary>
    public const int DataProblems = 1;

    /// <summary>The command line or the slash line was not understood.</summary>
    public const int Usage = 2;
}
