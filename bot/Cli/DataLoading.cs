using ForumHelper.Core.DataFiles;

namespace ForumHelper.Bot.Cli;

/// <summary>Loads the data set for a verb, printing the problems when it cannot.</summary>
internal static class DataLoading
{
    private const int ProblemsShown = 10;

    public static DataSet? LoadOrReport(string dataFolder, CliConsole console)
    {
        var loaded = DataSetLoader.Load(dataFolder);
        if (loaded.IsSuccess)
        {
            return loaded.Value;
        }

        console.Error.WriteLine($"The data files in {dataFolder} have {loaded.Problems.Count} problem(s); nothing was answered:");
        foreach (var problem in loaded.Problems.Take(ProblemsShown))
        {
            console.Error.WriteLine("  " + problem);
        }

        if (loaded.Problems.Count > ProblemsShown)
        {
            console.Error.WriteLine($"  ... and {loaded.Problems.Count - ProblemsShown} more; run `check-data` for all of them.");
        }

        return null;
    }
}
