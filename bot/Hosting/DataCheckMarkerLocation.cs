using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Where <c>serve</c> keeps its <see cref="DataCheckMarker"/>: beside the SQLite database
/// (<c>Storage:ConnectionString</c> plus <see cref="Suffix"/>, as the pseudonym key file), which is
/// writable wherever the database is (the systemd unit's state directory), unlike the data folder.
/// With PostgreSQL there is no such folder, so no marker: every start runs the full check.
/// </summary>
public static class DataCheckMarkerLocation
{
    public const string Suffix = ".data-checked";

    /// <summary>The marker for these settings, or null (PostgreSQL, or settings the start refuses anyway).</summary>
    public static DataCheckMarker? From(IConfiguration configuration)
    {
        var storage = configuration.GetSection("Storage");
        var provider = WireNames.Parse<StorageProvider>(storage["Provider"] ?? new StorageOptions().Provider);
        var connectionString = storage["ConnectionString"] ?? new StorageOptions().ConnectionString;
        return provider == StorageProvider.Sqlite && SqliteCaseStore.FileBeside(connectionString, Suffix) is { } path
            ? new DataCheckMarker(path)
            : null;
    }
}
