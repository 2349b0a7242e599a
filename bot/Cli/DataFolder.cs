namespace ForumHelper.Bot.Cli;

/// <summary>Finds the data folder: the one given, else <c>./data</c>, else the copy shipped beside the binary.</summary>
internal static class DataFolder
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        return Directory.Exists(Path.Combine("data", "policies")) ? "data" : Path.Combine(AppContext.BaseDirectory, "data");
    }
}
