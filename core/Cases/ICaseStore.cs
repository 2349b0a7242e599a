namespace ForumHelper.Core.Cases;

/// <summary>
/// Where cases are kept: SQLite, the embedded default, or PostgreSQL, shared by several replicas.
/// Calls are synchronous: writes go through the case log's own writer thread; reads (statistics,
/// a button's check of its case) are short and indexed.
/// </summary>
public interface ICaseStore : IDisposable
{
    /// <summary>Names the database in messages (a path, never a password).</summary>
    string Description { get; }

    /// <summary>Where a generated pseudonym key is kept, or null when the key must come from configuration.</summary>
    string? KeyFilePath { get; }

    string? ReadMeta(string name);

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/> unless a value is there already; returns the stored value (the first claim wins, across processes too).</summary>
    string ClaimMeta(string name, string value);

    /// <summary>What a failed <see cref="Write"/> means: retry, retry and alarm (full), or give the batch up.</summary>
    WriteFailure Classify(System.Data.Common.DbException error);

    /// <summary>
    /// Called before each batch: makes sure the next write goes to the database at its configured
    /// place, re-creating it there (schema and identity) when it was deleted. Says what it did, for
    /// the log; null when nothing was needed. Throws like <see cref="Write"/> when it cannot.
    /// </summary>
    string? EnsureInPlace();

    /// <summary>Applies a batch in one transaction, in order: all of it, or (on an exception) none of it. Completes each <see cref="ForgetMember"/> after the commit.</summary>
    void Write(IReadOnlyList<CaseWrite> batch);

    /// <summary>One stored case, or null when it does not exist (any more).</summary>
    CaseRecord? Find(long id);

    /// <summary>Deletes every case of one member; returns how many.</summary>
    int ForgetMember(string member);

    /// <summary>Deletes every case answered before <paramref name="cutoff"/>; returns how many.</summary>
    int PurgeBefore(DateTimeOffset cutoff);

    /// <summary>Cases per value of the grouping in [from, to); of one server when <paramref name="server"/> (a pseudonym) is given, of one transport when <paramref name="transport"/> is.</summary>
    IReadOnlyList<GroupCount> CountBy(CaseGrouping grouping, DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null);

    int DistinctMembers(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null);

    IReadOnlyList<HelpfulnessCount> Helpfulness(DateTimeOffset from, DateTimeOffset to, string? server = null, Transport? transport = null);
}
