namespace ForumHelper.Core.Cases;

/// <summary>
/// One answered case as stored: pseudonyms, wire names and buckets only. Nothing here can name a
/// member or quote them: no raw ids, no names, no free text, no exact order numbers.
/// </summary>
public sealed record CaseRecord
{
    /// <summary>A random positive id, known before the case is written (it goes into button ids).</summary>
    public required long Id { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>HMAC pseudonym of the member's id.</summary>
    public required string Member { get; init; }

    /// <summary>HMAC pseudonym of the server's id; null outside a server.</summary>
    public string? Server { get; init; }
    public required Transport Transport { get; init; }
    public required string Marketplace { get; init; }
    public required string AskedBy { get; init; }
    public required string Stage { get; init; }
    public string? Reason { get; init; }
    public string? Buyer { get; init; }
    public string? Late { get; init; }
    public string? OrdersBucket { get; init; }
    /// <summary>The completion rate's range (<see cref="CaseBuckets.Rate"/>), never the exact percentage.</summary>
    public string? RateBucket { get; init; }
    public string? ReviewsBucket { get; init; }
    public string? ValueBucket { get; init; }
    public bool? PromisedRefund { get; init; }
    public required string Recommendation { get; init; }
    public required string Rule { get; init; }

    /// <summary>The content hash of the data files that gave the answer.</summary>
    public required string AnswerVersion { get; init; }
    public Feedback Feedback { get; init; }
}
