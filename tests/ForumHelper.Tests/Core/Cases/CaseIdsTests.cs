using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Core.Cases;

public class CaseIdsTests
{
    [Fact]
    public void Next_ManyInOneMillisecond_DistinctAndAllStartingWithThatMillisecond()
    {
        // The terminal's cases, and tests that make thousands at once: none may share an id, or the store drops one.
        var at = new DateTimeOffset(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);

        var ids = Enumerable.Range(0, 100_000).Select(_ => CaseIds.Next(at)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(at.ToUnixTimeMilliseconds() - CaseIds.DiscordEpochMs, id >> 22));
    }

    [Fact]
    public void Next_LaterMillisecond_LargerId()
    {
        var at = new DateTimeOffset(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);

        Assert.True(CaseIds.Next(at.AddMilliseconds(1)) > CaseIds.Next(at));
    }

    [Fact]
    public void Next_BeforeDiscordsEpoch_PositiveId()
    {
        Assert.True(CaseIds.Next(DateTimeOffset.UnixEpoch) > 0);
    }

    [Fact]
    public void FromSnowflake_TooFewKeyBytes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseIds.FromSnowflake(1, new byte[CaseIds.RoundKeyBytes - 1]));
    }
}
