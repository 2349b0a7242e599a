namespace ForumHelper.Core.Cases;

/// <summary>How the case log queues and writes (section <c>CaseLog</c>).</summary>
public sealed class CaseLogOptions
{
    /// <summary>Cases waiting to be written before new ones are dropped (and counted).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>The most cases written in one transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long shutdown waits for the queue to drain into a database that is down.</summary>
    public int ShutdownSeconds { get; set; } = 10;
}
