namespace ForumHelper.Core.Cases;

/// <summary>A snapshot of what the case log has done since it started.</summary>
/// <param name="Queued">Writes accepted into the queue.</param>
/// <param name="Written">Writes committed to the database.</param>
/// <param name="Dropped">Writes refused because the queue was full.</param>
/// <param name="Lost">Writes given up on at shutdown because the database stayed down.</param>
/// <param name="FailedAttempts">Batch writes that failed and were retried.</param>
/// <param name="Purged">Cases deleted by retention.</param>
public sealed record CaseLogCounters(long Queued, long Written, long Dropped, long Lost, long FailedAttempts, long Purged)
{
    public long Pending => Queued - Written - Lost;
}
