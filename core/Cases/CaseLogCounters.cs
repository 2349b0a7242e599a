namespace ForumHelper.Core.Cases;

/// <summary>A snapshot of what the case log has done since it started.</summary>
/// <param name="Queued">Writes accepted into the queue.</param>
/// <param name="Written">Writes committed to the database.</param>
/// <param name="Dropped">Writes refused because the queue was full.</param>
/// <param name="Lost">Writes given up on: at shutdown because the database stayed down, or rejected by it for their content.</param>
/// <param name="FailedAttempts">Batch writes that failed and were retried.</param>
/// <param name="Purged">Cases deleted by retention.</param>
/// <param name="Reopened">Times the database file was found deleted (and re-created) or replaced (and reopened) before a batch.</param>
public sealed record CaseLogCounters(long Queued, long Written, long Dropped, long Lost, long FailedAttempts, long Purged, long Reopened)
{
    public long Pending => Queued - Written - Lost;
}
