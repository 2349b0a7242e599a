using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>Storage</c>: a known provider, a connection string (for PostgreSQL, one that parses, never echoed), a size cap in range and only where it applies.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new List<string>();
        var provider = WireNames.Parse<StorageProvider>(options.Provider);
        if (provider is null)
        {
            problems.Add($"Storage:Provider must be one of {string.Join(", ", WireNames.Of<StorageProvider>())}");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            problems.Add("Storage:ConnectionString is empty; e.g. Data Source=data/forumhelper.db");
        }
        else if (provider == StorageProvider.Postgres)
        {
            // Checked with the other settings, so a bad one is named before anything connects.
            problems.AddRange(PostgresConnectionString.Parse(options.ConnectionString).Problems);
        }

        if (options.MaxSizeMegabytes is < 0 or > StorageOptions.MaxSizeMegabytesLimit)
        {
            problems.Add($"Storage:MaxSizeMegabytes must be 0 (no limit) or 1–{StorageOptions.MaxSizeMegabytesLimit} megabytes");
        }

        // Silently ignoring a cap someone set would be worse than refusing to start.
        if (options.MaxSizeMegabytes != 0 && provider == StorageProvider.Postgres)
        {
            problems.Add("Storage:MaxSizeMegabytes applies to SQLite only; with Storage:Provider postgres leave it 0 and limit space on the server");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
