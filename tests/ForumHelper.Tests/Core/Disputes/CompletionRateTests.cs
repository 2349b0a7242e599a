using ForumHelper.Core.Disputes;

namespace ForumHelper.Tests.Core.Disputes;

public class CompletionRateTests
{
    [Fact]
    public void AfterOneCancellation_TwentyOrdersAtFullRate_DropsToNinetyFivePointTwo()
    {
        var change = CompletionRate.AfterOneCancellation(20, 100);

        Assert.Equal(100, change.Before);
        Assert.Equal(95.238, change.After!.Value, precision: 3);
        Assert.Equal(4.762, change.PointsLost!.Value, precision: 3);
    }

    [Fact]
    public void AfterOneCancellation_ZeroOrders_DropsToZero()
    {
        var change = CompletionRate.AfterOneCancellation(0, 100);

        Assert.Equal(0, change.After);
        Assert.Equal(100, change.PointsLost);
    }

    [Fact]
    public void AfterOneCancellation_OneOrder_DropsToFifty()
    {
        var change = CompletionRate.AfterOneCancellation(1, 100);

        Assert.Equal(50, change.After);
    }

    [Fact]
    public void AfterOneCancellation_RateAlreadyBelowFull_CountsEarlierCancellations()
    {
        // 19 completed at 95 % means one earlier cancellation: 19 / (19 + 1 + 1).
        var change = CompletionRate.AfterOneCancellation(19, 95);

        Assert.Equal(100.0 * 19 / 21, change.After!.Value, precision: 6);
        Assert.Equal(95 - (100.0 * 19 / 21), change.PointsLost!.Value, precision: 6);
    }

    [Fact]
    public void AfterOneCancellation_RateZeroWithOrders_StaysAtZero()
    {
        var change = CompletionRate.AfterOneCancellation(5, 0);

        Assert.Equal(0, change.Before);
        Assert.Equal(0, change.After!.Value, precision: 3);
        Assert.Equal(0, change.PointsLost);
    }

    [Fact]
    public void AfterOneCancellation_OrdersWithoutRate_GivesUpperBoundOnly()
    {
        var change = CompletionRate.AfterOneCancellation(9, null);

        Assert.Null(change.Before);
        Assert.Null(change.After);
        Assert.Equal(10, change.PointsLost);
    }

    [Fact]
    public void AfterOneCancellation_RateWithoutOrders_GivesDirectionOnly()
    {
        var change = CompletionRate.AfterOneCancellation(null, 98);

        Assert.Equal(98, change.Before);
        Assert.Null(change.After);
        Assert.Null(change.PointsLost);
    }

    [Theory]
    [InlineData(20, 100, 0)]
    [InlineData(19, 95, 1)]
    [InlineData(9, 90, 1)]
    [InlineData(3, 75, 1)]
    [InlineData(0, 50, 0)]
    public void CancelledBefore_ConsistentRate_ReturnsImpliedCancellations(int orders, int rate, int expected)
    {
        Assert.Equal(expected, CompletionRate.CancelledBefore(orders, rate));
    }

    [Theory]
    [InlineData(5, 100, true)]
    [InlineData(5, 83, true)]
    [InlineData(5, 92, false)]
    [InlineData(20, 91, true)]
    [InlineData(9, 90, true)]
    [InlineData(6, 90, false)]
    [InlineData(0, 100, true)]
    [InlineData(0, 0, true)]
    [InlineData(0, 50, false)]
    [InlineData(5, 0, false)]
    [InlineData(10_000, 100, true)]
    public void IsPossible_OrdersAndRate_OnlyWhenSomeCancellationsRoundToIt(int orders, int rate, bool possible)
    {
        Assert.Equal(possible, CompletionRate.IsPossible(orders, rate));
    }
}
