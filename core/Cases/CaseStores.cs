using ForumHelper.Core.Facts;
using ForumHelper.Core.Results;

namespace ForumHelper.Core.Cases;

/// <summary>Opens the store <c>Storage:Provider</c> names.</summary>
public static class CaseStores
{
    public static Result<ICaseStore, string> Open(StorageOptions options) =>
        WireNames.Parse<StorageProvider>(options.Provider) switch
        {
            StorageProvider.Sqlite => Widen(SqliteCaseStore.Open(options.ConnectionString, options.MaxSizeMegabytes)),
            StorageProvider.Postgres => Widen(PostgresCaseStore.Open(options.ConnectionString)),
            _ => Result<ICaseStore, string>.Failure([
                $"Storage:Provider must be one of {string.Join(", ", WireNames.Of<StorageProvider>())}, not `{options.Provider}`."]),
        };

    private static Result<ICaseStore, string> Widen<TStore>(Result<TStore, string> opened) where TStore : ICaseStore =>
        opened.IsSuccess ? Result<ICaseStore, string>.Success(opened.Value) : Result<ICaseStore, string>.Failure(opened.Problems);
}
