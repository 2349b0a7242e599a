using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Yaml;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// The data set in use. A reload swaps the whole set at once, and only when the new files pass
/// every check; otherwise the last good set stays and the problems are logged as <c>file:line</c>.
/// </summary>
public sealed partial class DataSetProvider
{
    private readonly string _folder;
    private readonly ILogger<DataSetProvider> _logger;
    private readonly Lock _reloading = new();
    private DataSet _current;

    private DataSetProvider(string folder, DataSet initial, ILogger<DataSetProvider> logger)
    {
        _folder = folder;
        _current = initial;
        _logger = logger;
    }

    public DataSet Current => Volatile.Read(ref _current);

    public string Folder => _folder;

    /// <summary>Loads the first set; the host refuses to start without one.</summary>
    public static Outcome<DataSetProvider, DataProblem> Load(string folder, ILogger<DataSetProvider> logger)
    {
        var loaded = DataSetLoader.Load(folder);
        return loaded.IsSuccess
            ? Outcome<DataSetProvider, DataProblem>.Success(new DataSetProvider(folder, loaded.Value, logger))
            : Outcome<DataSetProvider, DataProblem>.Failure(loaded.Problems);
    }

    /// <summary>Re-reads the folder; true when a new version went live.</summary>
    public bool Reload()
    {
        // One reload at a time, so an older read can never be swapped in after a newer one.
        lock (_reloading)
        {
            return ReloadLocked();
        }
    }

    private bool ReloadLocked()
    {
        Outcome<DataSet, DataProblem> loaded;
        try
        {
            loaded = DataSetLoader.Load(_folder);
        }
        catch (Exception error)
        {
            // A file mid-save, just deleted, or unreadable: keep serving; the next change retries.
            // Nothing here may escape: this runs on a timer, where an exception would end the process.
            LogUnreadable(error.Message, Current.Version);
            return false;
        }

        if (!loaded.IsSuccess)
        {
            LogRejected(loaded.Problems.Count, Current.Version, string.Join("\n", loaded.Problems.Take(20)));
            return false;
        }

        if (loaded.Value.Version == Current.Version)
        {
            return false;
        }

        var previous = Interlocked.Exchange(ref _current, loaded.Value);
        LogSwapped(previous.Version, loaded.Value.Version);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data files changed: now answering with version {Version} (was {Previous}).")]
    private partial void LogSwapped(string previous, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Data files changed but have {Count} problem(s); still answering with version {Version}:\n{Problems}")]
    private partial void LogRejected(int count, string version, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data files could not be read ({Reason}); still answering with version {Version}.")]
    private partial void LogUnreadable(string reason, string version);
}
