namespace ForumHelper.Core.Disputes;

/// <summary>
/// What one more cancellation does to the completion rate, as far as the member's numbers tell:
/// both rates when orders and rate are known; an upper bound on the points lost when only the
/// orders are; otherwise nothing but the direction (all values null).
/// </summary>
/// <param name="Before">The current rate in percent, if given.</param>
/// <param name="After">The rate after the cancellation, if it can be computed.</param>
/// <param name="PointsLost">Percentage points lost: exact with both numbers, an upper bound with orders only.</param>
/// <param name="Orders">Completed orders in the window, if given.</param>
public sealed record RateChange(double? Before, double? After, double? PointsLost, int? Orders);
