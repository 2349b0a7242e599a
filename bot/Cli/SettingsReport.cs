namespace ForumHelper.Bot.Cli;

/// <summary>Prints configuration problems: each setting, what is wrong, and where settings come from.</summary>
internal static class SettingsReport
{
    public static void Write(IReadOnlyList<string> problems, CliConsole console)
    {
        console.Error.WriteLine("The configuration has problems:");
        foreach (var problem in problems)
        {
            console.Error.WriteLine("  - " + problem);
        }

        console.Error.WriteLine("Settings come from appsettings.json in this folder and from environment variables such as Storage__ConnectionString; see appsettings.example.json.");
    }
}
