using Microsoft.Extensions.Hosting;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Watches the data folder's YAML files and reloads after edits settle (editors save in several
/// steps). Only the folders a data set is read from are watched: the case database, which lives in
/// the data folder by default, changes with every batch, and each change would wake the watcher.
/// Other files are ignored, and a steady stream of changes cannot postpone a reload for more than two seconds.
/// </summary>
public sealed class DataFolderWatcher(DataSetProvider provider, TimeProvider time) : IHostedService, IDisposable
{
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

        provider.Reload();
    }

    private static bool IsData(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Directory.Exists(path);
}
