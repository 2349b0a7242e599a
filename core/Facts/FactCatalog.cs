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
    public const int DoneIndex = 10;
    public const int OffPlatformIndex = 11;
    public const int DueInHoursIndex = 12;
    public const int AlreadyIndex = 13;
    public const int ContractIndex = 14;
    public const int FundsIndex = 15;

    /// <summary>How many facts the decision table can test (all but the marketplace).</summary>
    public const int DecisionFactCount = 16;

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
            ["changed-mind"] = "the buyer changed their mind",
            ["not-as-expected"] = "the buyer says it is not what they wanted",
            ["scope-creep"] = "the buyer keeps adding work",
            ["late"] = "the buyer says you are late",
            ["cannot-do"] = "you cannot do the job",
            ["partial-refund"] = "the buyer wants part of the money back",
            ["other"] = "another reason",
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
            ["responsive"] = "the buyer answers your messages",
            ["silent"] = "the buyer has gone quiet",
            ["hostile"] = "the buyer threatens a review, or is abusive",
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
            ["on-time"] = "not past the due date",
            ["late"] = "past the due date, by less than a day",
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

    public static readonly FactDefinition Done = new()
    {
        Index = DoneIndex,
        Name = "done",
        Description = "How much of the ordered work is finished, whether or not it was shown or sent",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<WorkDone>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["none"] = "nothing finished yet",
            ["some"] = "a small part is finished",
            ["most"] = "most of it is finished",
            ["all"] = "all of it is finished",
        },
    };

    public static readonly FactDefinition OffPlatformFact = new()
    {
        Index = OffPlatformIndex,
        Name = "off-platform",
        Description = "The most serious thing that went outside the marketplace",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<OffPlatform>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["none"] = "everything stayed on the marketplace",
            ["talk"] = "messages by e-mail or chat apps",
            ["work"] = "work or files by e-mail, chat apps or file links",
            ["payment"] = "a payment outside was proposed or made",
        },
    };

    public static readonly FactDefinition DueInHours = new()
    {
        Index = DueInHoursIndex,
        Name = "due-in-hours",
        Description = "Hours left before the order is due (for orders not yet late)",
        Kind = FactKind.Integer,
        Min = 0,
        Max = 10_000,
    };

    public static readonly FactDefinition Already = new()
    {
        Index = AlreadyIndex,
        Name = "already",
        Description = "The last step already taken in this dispute",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<PriorStep>(),
        ChoiceHints = new Dictionary<string, string>
        {
            ["nothing"] = "no step taken yet",
            ["i-asked-to-cancel"] = "you sent a cancellation request",
            ["buyer-refused-cancel"] = "you asked to cancel, the buyer refused",
            ["asked-extension"] = "you asked for more time",
            ["extension-refused"] = "you asked for more time, the buyer refused",
            ["contacted-support"] = "you wrote to support, no decision yet",
            ["support-decided"] = "support has already decided",
            ["dispute-open"] = "a formal dispute is open",
        },
    };

    public static readonly FactDefinition Contract = new()
    {
        Index = ContractIndex,
        Name = "contract",
        Description = "Upwork: the contract type",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<ContractType>(),
        Marketplaces = [Marketplace.Upwork],
        ChoiceHints = new Dictionary<string, string>
        {
            ["fixed"] = "fixed price, paid by milestones",
            ["hourly"] = "hourly, billed weekly from the Work Diary",
        },
    };

    public static readonly FactDefinition Funds = new()
    {
        Index = FundsIndex,
        Name = "funds",
        Description = "Upwork: where the money is",
        Kind = FactKind.Choice,
        Choices = WireNames.Of<FundsLocation>(),
        Marketplaces = [Marketplace.Upwork],
        ChoiceHints = new Dictionary<string, string>
        {
            ["in-escrow"] = "funded, held in escrow",
            ["released"] = "already paid out to you",
            ["none"] = "nothing funded or paid",
        },
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
        [AskedBy, Stage, Reason, Buyer, Late, Orders, Rate, Reviews, Value, PromisedRefund, Done, OffPlatformFact, DueInHours, Already, Contract, Funds];

    /// <summary>Every option of the command, in the order it is registered and listed.</summary>
    public static readonly IReadOnlyList<FactDefinition> All = [.. DecisionFacts, MarketplaceFact];

    private static readonly Dictionary<string, FactDefinition> ByName =
        All.ToDictionary(fact => fact.Name, StringComparer.Ordinal);

    public static FactDefinition? Find(string name) => ByName.GetValueOrDefault(name);
}
