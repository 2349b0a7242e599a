using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Cases;

/// <summary>An opened case store and the pseudonymizer whose key it was written with.</summary>
public sealed class CaseStorage : IDisposable
{
    private CaseStorage(ICaseStore store, Pseudonymizer pseudonymizer)
    {
        Store = store;
        Pseudonymizer = pseudonymizer;
    }

    public ICaseStore Store { get; }
    public Pseudonymizer Pseudonymizer { get; }

    /// <summary>Opens the configured database and its pseudonym key, or says plainly why not.</summary>
    public static Outcome<CaseStorage, string> Open(StorageOptions storage, PrivacyOptions privacy)
    {
        var opened = CaseStores.Open(storage);
        if (!opened.IsSuccess)
        {
            return Outcome<CaseStorage, string>.Failure(opened.Problems);
        }

        var key = PseudonymKeys.Resolve(privacy.PseudonymKey, opened.Value);
        if (!key.IsSuccess)
        {
            opened.Value.Dispose();
            return Outcome<CaseStorage, string>.Failure(key.Problems);
        }

        return Outcome<CaseStorage, string>.Success(new CaseStorage(opened.Value, key.Value));
    }

    public void Dispose() => Store.Dispose();
}
