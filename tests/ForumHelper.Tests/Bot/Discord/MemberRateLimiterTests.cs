using System.Globalization;
using ForumHelper.Bot.Discord;
using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// The per-member token bucket (10 at once, one more every 6 s, as <c>Discord:AdvicePerMinute</c> 10
/// sets it) on a fake clock: the limit itself, that full buckets are forgotten, and that no crowd of
/// other members makes a limited member's bucket be forgotten.
/// </summary>
public sealed class MemberRateLimiterTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(6);

    private static readonly string Alice = Member(1_000_001);
    private static readonly string Bob = Member(1_000_002);
    private static readonly string Late = Member(1_000_003);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryTake_TenAtOnce_EleventhRefusedForSixSeconds()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);

        var taken = Enumerable.Range(0, 10).Select(_ => limiter.TryTake(Alice)).ToList();
        var eleventh = limiter.TryTake(Alice);

        Assert.All(taken, limit => Assert.True(limit.Allowed));
        Assert.False(eleventh.Allowed);
        Assert.Equal(Period, eleventh.RetryAfter);
        Assert.True(limiter.TryTake(Bob).Allowed);
    }

    [Fact]
    public void TryTake_PartWayToTheNextRequest_SaysTheTimeLeftThenTakesItWhenDue()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        TakeAll(limiter, Alice);

        _clock.Advance(TimeSpan.FromSeconds(4));
        var early = limiter.TryTake(Alice);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var due = limiter.TryTake(Alice);
        var next = limiter.TryTake(Alice);

        Assert.False(early.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(2), early.RetryAfter);
        Assert.True(due.Allowed);
        Assert.False(next.Allowed);
        Assert.Equal(Period, next.RetryAfter);
    }

    [Fact]
    public void TryTake_AfterAMinuteIdle_TenAtOnceAgainButNoMore()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        TakeAll(limiter, Alice);

        // A full bucket holds 10, however long the member stayed away.
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(10, Enumerable.Range(0, 11).Count(_ => limiter.TryTake(Alice).Allowed));
    }

    [Fact]
    public void TryTake_IdleMemberWhoseBucketIsFull_IsForgottenAtTheNextSweep()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        limiter.TryTake(Alice);
        Assert.Equal(1, limiter.Tracked);

        _clock.Advance(MemberRateLimiter.SweepInterval);
        limiter.TryTake(Bob);

        Assert.Equal(1, limiter.Tracked);
        Assert.Equal(10, Enumerable.Range(0, 11).Count(_ => limiter.TryTake(Alice).Allowed));
    }

    [Fact]
    public void TryTake_OnlyKnownMembersAsking_StillForgetsTheOthersOnceFull()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        limiter.TryTake(Alice);
        limiter.TryTake(Bob);

        _clock.Advance(MemberRateLimiter.SweepInterval);
        limiter.TryTake(Alice);

        Assert.Equal(1, limiter.Tracked);
    }

    [Fact]
    public void Tracked_NoRequestsForASweepInterval_CountsOnlyMembersStillLimited()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        limiter.TryTake(Alice);
        TakeAll(limiter, Bob);

        _clock.Advance(MemberRateLimiter.SweepInterval);

        // Alice's bucket was full 6 s after her request; Bob's needs a minute, and 10 s gave him one request back.
        Assert.Equal(1, limiter.Tracked);
        Assert.True(limiter.TryTake(Bob).Allowed);
        Assert.False(limiter.TryTake(Bob).Allowed);
    }

    [Fact]
    public void TryTake_LimitedMemberDuringAChurnOf100000Others_IsStillRefused()
    {
        // An attacker cannot flush someone's bucket by sending from many accounts: only full buckets are ever dropped.
        var limiter = new MemberRateLimiter(10, Period, _clock);
        TakeAll(limiter, Alice);

        for (var i = 0; i < 100_000; i++)
        {
            Assert.True(limiter.TryTake(Member(i)).Allowed);
            _clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / 20));
        }

        // 5 s of churn, sweeps on the way (by count and by time): alice is one second short of her next request.
        var refused = limiter.TryTake(Alice);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.RetryAfter);
    }

    [Fact]
    public void TryTake_ACrowdThatLeft_LeavesOnlyTheNextMemberBehind()
    {
        var limiter = new MemberRateLimiter(10, Period, _clock);
        for (var i = 0; i < 100_000; i++)
        {
            TakeAll(limiter, Member(i));
        }

        Assert.Equal(100_000, limiter.Tracked);

        // Every bucket is full a minute after its last request; the next new member's arrival sweeps them out.
        _clock.Advance(TimeSpan.FromMinutes(1));
        limiter.TryTake(Late);

        Assert.Equal(1, limiter.Tracked);
    }

    [Fact]
    public void TryTake_SteadyStreamOfNewMembers_HoldsAFewSecondsWorthOfThem()
    {
        // 100 new members a second for 10 minutes, each asking once: each bucket is full again 6 s later,
        // so at most the last 6 s, plus what arrived since the last sweep (10 s, or a doubling), is held.
        var limiter = new MemberRateLimiter(10, Period, _clock);
        var most = 0;
        for (var i = 0; i < 60_000; i++)
        {
            limiter.TryTake(Member(i));
            most = Math.Max(most, limiter.Tracked);
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.InRange(most, 600, 1_700);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public void TryTake_NotAPseudonym_Throws(string member) =>
        Assert.Throws<ArgumentException>(() => new MemberRateLimiter(10, Period, _clock).TryTake(member));

    [Theory]
    [InlineData(0, 6)]
    [InlineData(10, 0)]
    public void Constructor_NoRequestsOrNoPeriod_Throws(int limit, int periodSeconds) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new MemberRateLimiter(limit, TimeSpan.FromSeconds(periodSeconds), _clock));

    private static void TakeAll(MemberRateLimiter limiter, string member)
    {
        while (limiter.TryTake(member).Allowed)
        {
        }
    }

    private static string Member(int i) => i.ToString("x32", CultureInfo.InvariantCulture);
}
