namespace ForumHelper.Tests.Support;

/// <summary>
/// A clock the test moves by hand. Only the wall clock is manual; timers and timestamps stay real,
/// so retry delays still elapse.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
