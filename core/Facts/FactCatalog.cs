namespace ForumHelper.Core.Facts;

/// <summary>
/// Every fact of <c>/cancel-advice</c>, in option order (required first, as Discord wants).
/// Wire names are stable: members type them and golden cases store them.
/// </summary>
public static class FactCatalog
{
    public const int AskedByIndex = 0;
    public const int StageIndex = 1;
    public const int ReasonIndex = 2;
    public const int BuyerIndex = 3;
    public const int LateIndex = 4;
    public const int OrdersIndex = 5;
    public const int RateIndex = 6;
    public const int ReviewsIndex = 7;
    public const int ValueIndex = 8;
    public const int PromisedRefundIndex = 9;

    /// <summary>How many facts the decision table can test (all but the marketplace).</summary>
    public const int DecisionFactCount = 10;

    /// <summary>The name of the command these facts belong to.</summary>
    public const string CommandName = "cancel-advice";

    public static readonly FactDefinition AskedBy = new()
    {
        Index = AskedByIndex,
        Name = "asked-by",
        Description = "Who asked to cancel the order",
        Kind = FactKind.Choice,
        Required = true,
        Choices = WireNames.Of<AskedBy>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["buyer"] = "the buyer sent a cancellation request",
            ["me"] = "you want to cancel",
            ["support"] = "support cancelled the order or is reviewing it",
            ["chargeback"] = "the buyer disputed the payment with their bank or PayPal",
            ["nobody"] = "nobody yet, you are thinking about it",
        },
    };

    public static readonly FactDefinition Stage = new()
    {
        Index = StageIndex,
        Name = "stage",
        Description = "How far the order got, and how work was sent",
        Kind = FactKind.Choice,
        Required = true,
        Choices = WireNames.Of<OrderStage>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["not-started"] = "the buyer has not submitted the requirements",
            ["in-progress"] = "work started, nothing shown yet",
            ["draft-in-chat"] = "a draft shown in messages, not delivered",
            ["draft-delivered"] = "unfinished work sent with the Deliver button",
            ["delivered"] = "finished work sent with the Deliver button",
            ["completed"] = "the order is marked complete",
        },
    };

    public static readonly FactDefinition Reason = new()
    {
        Index = ReasonIndex,
        Name = "reason",
        Description = "The reason the buyer gives",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<BuyerReason>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["partial-refund"] = "the buyer wants part of the money back",
        },
    };

    public static readonly FactDefinition Buyer = new()
    {
        Index = BuyerIndex,
        Name = "buyer",
        Description = "How the buyer is behaving",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<BuyerBehaviour>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["hostile"] = "threatens a review, or is abusive",
        },
    };

    public static readonly FactDefinition Late = new()
    {
        Index = LateIndex,
        Name = "late",
        Description = "Whether the order is past its due date",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<Lateness>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["very-late"] = "24 hours or more past the due date",
        },
    };

    public static readonly FactDefinition Orders = new()
    {
        Index = OrdersIndex,
        Name = "orders-60d",
        Description = "Orders you completed in the last 60 days",
        Kind = FactKind.Integer,
        Min = 0,
        Max = 10_000,
    };

    public static readonly FactDefinition Rate = new()
    {
        Index = RateIndex,
        Name = "rate",
        Description = "Your current order completion rate, in percent",
        Kind = FactKind.Integer,
        Min = 0,
        Max = 100,
    };

    public static readonly FactDefinition Reviews = new()
    {
        Index = ReviewsIndex,
        Name = "reviews",
        Description = "How many reviews your profile has",
        Kind = FactKind.Integer,
        Min = 0,
        Max = 100_000,
    };

    public static readonly FactDefinition Value = new()
    {
        Index = ValueIndex,
        Name = "value",
        Description = "The order value in US dollars",
        Kind = FactKind.Integer,
        Min = 1,
        Max = 100_000,
    };

    public static readonly FactDefinition PromisedRefund = new()
    {
        Index = PromisedRefundIndex,
        Name = "promised-refund",
        Description = "Did you promise a refund if the buyer was unhappy?",
        Kind = FactKind.Boolean,
    };

    public static readonly FactDefinition MarketplaceFact = new()
    {
        Index = -1,
        Name = "marketplace",
        Description = "The marketplace (fiverr if not given)",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<Marketplace>(),
    };

    /// <summary>The facts the decision table tests, indexed by <see cref="FactDefinition.Index"/>.</summary>
    public static readonly IReadOnlyList<FactDefinition> DecisionFacts =
        [AskedBy, Stage, Reason, Buyer, Late, Orders, Rate, Reviews, Value, PromisedRefund];

    /// <summary>Every option of the command, in the order it is registered and listed.</summary>
    public static readonly IReadOnlyList<FactDefinition> All = [.. DecisionFacts, MarketplaceFact];

    private static readonly Dictionary<string, FactDefinition> ByName =
        All.ToDictionary(fact => fact.Name, StringComparer.Ordinal);

    public static FactDefinition? Find(string name) => ByName.GetValueOrDefault(name);
}
