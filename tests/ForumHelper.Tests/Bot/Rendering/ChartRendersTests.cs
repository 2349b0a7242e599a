using ForumHelper.Bot.Rendering;

namespace ForumHelper.Tests.Bot.Rendering;

/// <summary>The process-wide cap on charts drawn at once: past it renders wait in a bounded queue, past the queue they are skipped.</summary>
public sealed class ChartRendersTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_CapOfOneWithARenderBlocked_SecondWaitsItsTurnAndNeverOverlaps()
    {
        using var renders = new ChartRenders(atOnce: 1, waiting: 1);
        using var release = new SemaphoreSlim(0);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var most = 0;
        var secondRan = false;
        void Drawing(Action body)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            try
            {
                body();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var first = Task.Run(() => renders.RunAsync(() => Drawing(() => { started.SetResult(); release.Wait(Limit); }), CancellationToken.None));
        await started.Task.WaitAsync(Limit);
        var second = Task.Run(() => renders.RunAsync(() => Drawing(() => secondRan = true), CancellationToken.None));

        // The first holds the only permit until released: however long the second is given, it must not draw.
        await Task.Delay(300);
        Assert.False(secondRan, "the second chart was drawn while the first was still drawing");
        Assert.False(second.IsCompleted);
        release.Release();

        var drawn = await Task.WhenAll(first, second).WaitAsync(Limit);
        Assert.Equal([true, true], drawn);
        Assert.True(secondRan);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task RunAsync_CapAndQueueFull_SkippedAtOnceWithoutDrawing()
    {
        using var renders = new ChartRenders(atOnce: 1, waiting: 0);
        using var release = new SemaphoreSlim(0);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => renders.RunAsync(() => { started.SetResult(); release.Wait(Limit); }, CancellationToken.None));
        await started.Task.WaitAsync(Limit);
        var drawn = false;

        var second = await renders.RunAsync(() => drawn = true, CancellationToken.None).WaitAsync(Limit);

        Assert.False(second);
        Assert.False(drawn);
        release.Release();
        Assert.True(await first.WaitAsync(Limit));
    }

    [Fact]
    public async Task RunAsync_RenderThrows_ThePermitIsGivenBack()
    {
        using var renders = new ChartRenders(atOnce: 1, waiting: 0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => renders.RunAsync(() => throw new InvalidOperationException("broken chart"), CancellationToken.None));

        Assert.True(await renders.RunAsync(() => { }, CancellationToken.None).WaitAsync(Limit));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
