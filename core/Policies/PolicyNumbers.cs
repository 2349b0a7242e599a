namespace ForumHelper.Core.Policies;

/// <summary>
/// The numbers of a marketplace's rules, read from its policy file. Every name is required in
/// every policy, and each is also an answer placeholder (<c>{answer_window_hours}</c>).
/// </summary>
public sealed class PolicyNumbers
{
    public const string CompletionWindowDays = "completion-window-days";
    public const string AnswerWindowHours = "answer-window-hours";
    public const string VeryLateHours = "very-late-hours";
    public const string PartialRefundMinOrder = "partial-refund-min-order";
    public const string PartialRefundMaxPercent = "partial-refund-max-percent";
    public const string PartialRefundMinAmount = "partial-refund-min-amount";
    public const string CancelledReviewDays = "cancelled-review-days";
    public const string RatingWindowYears = "rating-window-years";
    public const string AutoCompleteDays = "auto-complete-days";
    public const string DisputeWindowDays = "dispute-window-days";

    /// <summary>Every number a policy must set.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        CompletionWindowDays, AnswerWindowHours, VeryLateHours, PartialRefundMinOrder, PartialRefundMaxPercent,
        PartialRefundMinAmount, CancelledReviewDays, RatingWindowYears, AutoCompleteDays, DisputeWindowDays,
    ];

    private readonly IReadOnlyDictionary<string, int> _values;

    public PolicyNumbers(IReadOnlyDictionary<string, int> values) => _values = values;

    public int this[string name] => _values[name];

    public IEnumerable<KeyValuePair<string, int>> All => _values;
}
