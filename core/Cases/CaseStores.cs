using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Core.Cases;

/// <summary>Opens the store <c>Storage:Provider</c> names.</summary>
public static class CaseStores
{
    public static Outcome<ICaseStore, string> Open(StorageOptions options) =>
        WireNames.Parse<StorageProvider>(options.Provider) switch
        {
            StorageProvider.Sqlite => Widen(SqliteCaseStore.Open(options.ConnectionString, options.MaxSizeMegabytes)),
            StorageProvider.Postgres => Widen(PostgresCaseStore.Open(options.ConnectionString)),
            _ => Outcome<ICaseStore, string>.Failure([
                $"Storage:Provider must be one of {string.Join(", ", WireNames.Of<StorageProvider>())}, not `{options.Provider}`."]),
        };

    private static Outcome<ICaseStore, string> Widen<TStore>(Outcome<TStore, string> opened) where TStore : ICaseStore =>
        opened.IsSuccess ? Outcome<ICaseStore, string>.Success(opened.Value) : Outcome<ICaseStore, string>.Failure(opened.Problems);
}
