namespace ForumHelper.Core.Facts;

/// <summary>
/// What a member told us about a dispute. Every optional fact may be unknown (null); an unknown
/// fact is never replaced by a default that would change the advice.
/// </summary>
public sealed record DisputeFacts
{
    public required AskedBy AskedBy { get; init; }
    public required OrderStage Stage { get; init; }
    public Marketplace Marketplace { get; init; } = Marketplace.Fiverr;
    public BuyerReason? Reason { get; init; }
    public BuyerBehaviour? Buyer { get; init; }
    public Lateness? Late { get; init; }

    /// <summary>Completed orders in the marketplace's completion-rate window.</summary>
    public int? OrdersInWindow { get; init; }

    /// <summary>Current completion rate, whole percent.</summary>
    public int? CompletionRate { get; init; }

    public int? Reviews { get; init; }

    /// <summary>Order value in US dollars.</summary>
    public int? OrderValue { get; init; }

    public bool? PromisedRefund { get; init; }

    /// <summary>How much of the ordered work is finished, whether or not it was shown.</summary>
    public WorkDone? Done { get; init; }

    /// <summary>The most serious thing that went outside the marketplace.</summary>
    public OffPlatform? OffPlatform { get; init; }

    /// <summary>Hours left before the order is due, for orders not yet late.</summary>
    public int? DueInHours { get; init; }

    /// <summary>The last step already taken in the dispute.</summary>
    public PriorStep? Already { get; init; }

    /// <summary>Upwork: the contract type.</summary>
    public ContractType? Contract { get; init; }

    /// <summary>Upwork: where the money is.</summary>
    public FundsLocation? Funds { get; init; }

    /// <summary>The facts as a vector of codes, in <see cref="FactCatalog"/> order, for the decision table.</summary>
    public FactVector ToVector()
    {
        var codes = new int[FactCatalog.DecisionFactCount];
        codes[FactCatalog.AskedByIndex] = (int)AskedBy;
        codes[FactCatalog.StageIndex] = (int)Stage;
        codes[FactCatalog.ReasonIndex] = Reason is { } reason ? (int)reason : FactVector.Unknown;
        codes[FactCatalog.BuyerIndex] = Buyer is { } buyer ? (int)buyer : FactVector.Unknown;
        codes[FactCatalog.LateIndex] = Late is { } late ? (int)late : FactVector.Unknown;
        codes[FactCatalog.OrdersIndex] = OrdersInWindow ?? FactVector.Unknown;
        codes[FactCatalog.RateIndex] = CompletionRate ?? FactVector.Unknown;
        codes[FactCatalog.ReviewsIndex] = Reviews ?? FactVector.Unknown;
        codes[FactCatalog.ValueIndex] = OrderValue ?? FactVector.Unknown;
        codes[FactCatalog.PromisedRefundIndex] = PromisedRefund is null ? FactVector.Unknown : PromisedRefund.Value ? 1 : 0;
        codes[FactCatalog.DoneIndex] = Done is { } done ? (int)done : FactVector.Unknown;
        codes[FactCatalog.OffPlatformIndex] = OffPlatform is { } off ? (int)off : FactVector.Unknown;
        codes[FactCatalog.DueInHoursIndex] = DueInHours ?? FactVector.Unknown;
        codes[FactCatalog.AlreadyIndex] = Already is { } already ? (int)already : FactVector.Unknown;
        codes[FactCatalog.ContractIndex] = Contract is { } contract ? (int)contract : FactVector.Unknown;
        codes[FactCatalog.FundsIndex] = Funds is { } funds ? (int)funds : FactVector.Unknown;
        return new FactVector(codes);
    }

    /// <summary>
    /// The given facts that are not numbers (who asked, the stage, the reason…), by fact name: the
    /// dispute in general terms, which says nothing of the member's own figures.
    /// </summary>
    public IReadOnlyDictionary<string, int> GeneralFacts()
    {
        var vector = ToVector();
        var general = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in FactCatalog.DecisionFacts.Where(f => f.Kind != FactKind.Integer && vector[f.Index] != FactVector.Unknown))
        {
            general[fact.Name] = vector[fact.Index];
        }

        return general;
    }

    /// <summary>Rebuilds facts from a vector, e.g. a combination enumerated by the completeness check.</summary>
    public static DisputeFacts FromVector(FactVector vector, Marketplace marketplace) => new()
    {
        Marketplace = marketplace,
        AskedBy = (AskedBy)vector[FactCatalog.AskedByIndex],
        Stage = (OrderStage)vector[FactCatalog.StageIndex],
        Reason = Enum<BuyerReason>(vector[FactCatalog.ReasonIndex]),
        Buyer = Enum<BuyerBehaviour>(vector[FactCatalog.BuyerIndex]),
        Late = Enum<Lateness>(vector[FactCatalog.LateIndex]),
        OrdersInWindow = Number(vector[FactCatalog.OrdersIndex]),
        CompletionRate = Number(vector[FactCatalog.RateIndex]),
        Reviews = Number(vector[FactCatalog.ReviewsIndex]),
        OrderValue = Number(vector[FactCatalog.ValueIndex]),
        PromisedRefund = vector[FactCatalog.PromisedRefundIndex] switch
        {
            FactVector.Unknown => null,
            0 => false,
            _ => true,
        },
        Done = Enum<WorkDone>(vector[FactCatalog.DoneIndex]),
        OffPlatform = Enum<OffPlatform>(vector[FactCatalog.OffPlatformIndex]),
        DueInHours = Number(vector[FactCatalog.DueInHoursIndex]),
        Already = Enum<PriorStep>(vector[FactCatalog.AlreadyIndex]),
        Contract = Enum<ContractType>(vector[FactCatalog.ContractIndex]),
        Funds = Enum<FundsLocation>(vector[FactCatalog.FundsIndex]),
    };

    private static TEnum? Enum<TEnum>(int code) where TEnum : struct, Enum =>
        code == FactVector.Unknown ? null : (TEnum)(object)code;

    private static int? Number(int code) => code == FactVector.Unknown ? null : code;
}
