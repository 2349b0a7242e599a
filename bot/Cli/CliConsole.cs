namespace ForumHelper.Bot.Cli;

/// <summary>Where a verb writes: standard output for results, standard error for problems.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Problems and diagnostics.</param>
/// <param name="UseColor">Whether ANSI styling may be used on <paramref name="Out"/>.</param>
/// <param name="Width">The width to wrap text at.</param>
/// <param name="Prompt">Asks for a missing fact; null when nobody is there to answer (a pipe, a test).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool UseColor, int Width, IFactPrompt? Prompt = null)
{
    public static CliConsole System()
    {
        var redirected = global::System.Console.IsOutputRedirected;
        var width = redirected ? 100 : Math.Clamp(SafeWidth(), 40, 120);
        var color = !redirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

        // Someone can answer a question only when both the keyboard and the screen are the terminal's.
        var prompt = redirected || global::System.Console.IsInputRedirected ? null : new SpectreFactPrompt();
        return new CliConsole(global::System.Console.Out, global::System.Console.Error, color, width, prompt);
    }

    private static int SafeWidth()
    {
        try
        {
            return global::System.Console.WindowWidth;
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
