namespace ForumHelper.Bot.Cli;

/// <summary>Process exit codes of the verbs.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>
    /// The verb was understood but its work failed: the data files or golden cases have problems, the
    /// database cannot be opened, Discord refused, no reply came, or a file could not be read or written.
    /// </summary>
    public const int DataProblems = 1;

    /// <summary>
    /// What was given cannot be used: the command line, the slash line, an option's value, a setting, or a
    /// named file or folder (one that does not exist, or a key file that exists already). The error says what is valid.
    /// </summary>
    public const int Usage = 2;

    /// <summary>
    /// <c>ask --text</c>: the description (and options) left a required fact unknown, and nobody is at
    /// an interactive terminal to ask; the output says what was read and what is needed.
    /// </summary>
    public const int NeedsFacts = 3;
}
