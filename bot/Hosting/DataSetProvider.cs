using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Yaml;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// The data set in use. A reload swaps the whole set at once, and only when the new files pass
/// every check; otherwise the last good set stays, and the reload says why (<see cref="DataReload"/>;
/// <see cref="DataFolderWatcher"/> logs it).
/// </summary>
public sealed class DataSetProvider
{
    private readonly string _folder;
    private readonly DataCheckMarker? _marker;
    private readonly Lock _reloading = new();
    private DataSet _current;

    private DataSetProvider(string folder, DataCheckMarker? marker, DataSet initial)
    {
        _folder = folder;
        _marker = marker;
        _current = initial;
    }

    public DataSet Current => Volatile.Read(ref _current);

    public string Folder => _folder;

    /// <summary>
    /// Loads the first set; the host refuses to start without one. The exhaustive checks are skipped when
    /// <paramref name="marker"/> vouches for these very files and this build; after a full check that passes it is (re)written.
    /// </summary>
    public static Outcome<DataSetProvider, DataProblem> Load(string folder, DataCheckMarker? marker = null)
    {
        var loaded = DataSetLoader.Load(folder, marker, trustMarker: true);
        return loaded.IsSuccess
            ? Outcome<DataSetProvider, DataProblem>.Success(new DataSetProvider(folder, marker, loaded.Value))
            : Outcome<DataSetProvider, DataProblem>.Failure(loaded.Problems);
    }

    /// <summary>
    /// Re-reads the folder and swaps the set when a new version passes every check (always run in full,
    /// whatever the marker says; a pass is remembered for the next start); says which happened.
    /// </summary>
    public DataReload Reload()
    {
        // One reload at a time, so an older read can never be swapped in after a newer one.
        lock (_reloading)
        {
            return ReloadLocked();
        }
    }

    private DataReload ReloadLocked()
    {
        var current = Current.Version;
        Outcome<DataSet, DataProblem> loaded;
        try
        {
            loaded = DataSetLoader.Load(_folder, _marker, trustMarker: false);
        }
        catch (Exception error)
        {
            // A file mid-save, just deleted, or unreadable: keep serving; the next change retries.
            // Nothing here may escape: this runs on a timer, where an exception would end the process.
            return new DataReload(DataReloadKind.Unreadable, current, current, [], error.Message);
        }

        if (!loaded.IsSuccess)
        {
            return new DataReload(DataReloadKind.Rejected, current, current, loaded.Problems);
        }

        if (loaded.Value.Version == current)
        {
            return new DataReload(DataReloadKind.Unchanged, current, current, []);
        }

        var previous = Interlocked.Exchange(ref _current, loaded.Value);
        return new DataReload(DataReloadKind.WentLive, loaded.Value.Version, previous.Version, []);
    }
}
