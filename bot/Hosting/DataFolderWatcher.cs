using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Watches the data folder's YAML files and reloads after edits settle (editors save in several
/// steps). Only the folders a data set is read from are watched: the case database, which lives in
/// the data folder by default, changes with every batch, and each change would wake the watcher.
/// Other files are ignored, and a steady stream of changes cannot postpone a reload for more than two seconds.
/// Every reload is logged, with an event id per outcome, refused and unchanged ones too: "nothing
/// changed" is then something an operator (and a test) can see rather than infer from silence.
/// </summary>
public sealed partial class DataFolderWatcher(DataSetProvider provider, TimeProvider time, ILogger<DataFolderWatcher> logger) : IHostedService, IDisposable
{
    /// <summary>Event id of "a new version is answering".</summary>
    public const int WentLiveEventId = 2001;

    /// <summary>Event id of "the files changed on disk, but not the data's hash": nothing to swap.</summary>
    public const int UnchangedEventId = 2002;

    /// <summary>Event id of "the files fail the checks; the last good version stays" (the message lists the problems).</summary>
    public const int RejectedEventId = 2003;

    /// <summary>Event id of "the files could not be read; the last good version stays".</summary>
    public const int UnreadableEventId = 2004;

    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private ITimer? _timer;
    private long _firstChange;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in Core.DataFiles.DataSetLoader.Folders)
        {
            // The set was loaded from these folders, so they exist.
            var watcher = new FileSystemWatcher(Path.Combine(provider.Folder, folder))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, change) => OnChange(change.FullPath);
            watcher.Created += (_, change) => OnChange(change.FullPath);
            watcher.Deleted += (_, change) => OnChange(change.FullPath);
            watcher.Renamed += (_, change) => OnChange(change.FullPath, change.OldFullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer?.Dispose();
    }

    private void OnChange(string path, string? oldPath = null)
    {
        // Editors save through temporary files and renames; what matters is a YAML file on either side.
        if (!IsData(path) && (oldPath is null || !IsData(oldPath)))
        {
            return;
        }

        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_firstChange == 0)
            {
                _firstChange = now;
            }

            var waited = time.GetElapsedTime(_firstChange, now);
            var delay = waited + Settle > LongestWait ? LongestWait - waited : Settle;
            _timer?.Change(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private void Reload()
    {
        lock (_gate)
        {
            _firstChange = 0;
        }

        var reload = provider.Reload();
        switch (reload.Kind)
        {
            case DataReloadKind.WentLive:
                LogWentLive(reload.Version, reload.Previous);
                break;
            case DataReloadKind.Unchanged:
                LogUnchanged(reload.Version);
                break;
            case DataReloadKind.Rejected:
                LogRejected(reload.Problems.Count, reload.Version, string.Join("\n", reload.Problems.Take(20)));
                break;
            default:
                LogUnreadable(reload.Reason ?? "", reload.Version);
                break;
        }
    }

    private static bool IsData(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Directory.Exists(path);

    [LoggerMessage(EventId = WentLiveEventId, EventName = "DataWentLive", Level = LogLevel.Information, Message = "Data files changed: now answering with version {Version} (was {Previous}).")]
    private partial void LogWentLive(string version, string previous);

    [LoggerMessage(EventId = UnchangedEventId, EventName = "DataUnchanged", Level = LogLevel.Information, Message = "Data files were touched but their content is unchanged; still answering with version {Version}.")]
    private partial void LogUnchanged(string version);

    [LoggerMessage(EventId = RejectedEventId, EventName = "DataRejected", Level = LogLevel.Error, Message = "Data files changed but have {Count} problem(s); still answering with version {Version}:\n{Problems}")]
    private partial void LogRejected(int count, string version, string problems);

    [LoggerMessage(EventId = UnreadableEventId, EventName = "DataUnreadable", Level = LogLevel.Warning, Message = "Data files could not be read ({Reason}); still answering with version {Version}.")]
    private partial void LogUnreadable(string reason, string version);
}
