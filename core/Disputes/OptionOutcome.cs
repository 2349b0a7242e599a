using ForumHelper.Core.Policies;

namespace ForumHelper.Core.Disputes;

/// <summary>What one path open to the member does: completion rate, recovery date, review and warning risk, money.</summary>
public sealed record OptionOutcome
{
    /// <summary>The path's key, e.g. <c>accept-cancellation</c>.</summary>
    public required string Option { get; init; }
    public required bool Recommended { get; init; }
    public required RateEffect Rate { get; init; }

    /// <summary>The numbers of the rate change, for paths that may end in a cancellation.</summary>
    public RateChange? RateChange { get; init; }

    /// <summary>The day the cancellation has left the completion-rate window, for paths that may end in one.</summary>
    public DateOnly? RecoversOn { get; init; }
    public required RiskLevel ReviewRisk { get; init; }
    public required RiskLevel WarningRisk { get; init; }
    public required MoneyEffect Money { get; init; }
}
