namespace ForumHelper.Core.Disputes;

/// <summary>
/// Completion-rate arithmetic: rate = completed ÷ (completed + cancelled) over the window.
/// 20 completed at 100 % plus one cancellation is 20 ÷ 21 = 95.2 %.
/// </summary>
public static class CompletionRate
{
    /// <summary>The first day a cancellation made on <paramref name="day"/> no longer counts: once it is more than the window's length old.</summary>
    public static DateOnly RecoveryDate(DateOnly day, int windowDays) => day.AddDays(windowDays + 1);

    /// <summary>The change one more cancellation makes, from the completed orders in the window and the current rate.</summary>
    public static RateChange AfterOneCancellation(int? completedOrders, int? ratePercent)
    {
        if (completedOrders is not { } completed)
        {
            return new RateChange(ratePercent, null, null, null);
        }

        if (ratePercent is not { } rate)
        {
            // Unknown earlier cancellations: with none, one costs 100/(n+1) points; with some, less.
            var bound = 100.0 / (completed + 1);
            return new RateChange(null, null, bound, completed);
        }

        var cancelled = CancelledBefore(completed, rate);
        var after = 100.0 * completed / (completed + cancelled + 1);
        return new RateChange(rate, after, Math.Max(0, rate - after), completed);
    }

    /// <summary>
    /// Whether a rate could be shown with this many completed orders: some whole number of earlier
    /// cancellations must round to it. Five orders give 100 % or at most 83 %, never 92 %; with no
    /// completed order the rate is 0 % (only cancellations) or 100 % (no orders at all).
    /// </summary>
    public static bool IsPossible(int completedOrders, int ratePercent)
    {
        if (completedOrders == 0)
        {
            return ratePercent is 0 or 100;
        }

        if (ratePercent <= 0)
        {
            return false;
        }

        // The rate falls as cancellations grow, so only the count nearest to the rate can round to it.
        var cancelled = CancelledBefore(completedOrders, ratePercent);
        for (var c = Math.Max(0, cancelled - 1); c <= cancelled + 1; c++)
        {
            if ((int)Math.Round(100.0 * completedOrders / (completedOrders + c), MidpointRounding.AwayFromZero) == ratePercent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cancellations already in the window implied by the rate: n·(100−r)/r, rounded, since the
    /// marketplace shows a rounded percentage. A rate of 0 with completed orders cannot be, so it
    /// counts as no completed share at all (the rate can only stay at 0).
    /// </summary>
    public static int CancelledBefore(int completedOrders, int ratePercent)
    {
        if (completedOrders == 0)
        {
            return 0;
        }

        if (ratePercent <= 0)
        {
            return int.MaxValue / 2;
        }

        return (int)Math.Round(completedOrders * (100.0 - ratePercent) / ratePercent, MidpointRounding.AwayFromZero);
    }
}
