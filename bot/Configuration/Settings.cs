using ForumHelper.Core.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>The validated settings of the case log, bound from their sections.</summary>
internal sealed record Settings(StorageOptions Storage, PrivacyOptions Privacy, CaseLogOptions CaseLog)
{
    /// <summary>Binds and validates every section; all problems at once, each naming the setting and what is valid.</summary>
    public static Core.Results.Result<Settings, string> Load(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddForumHelperOptions(configuration).BuildServiceProvider();
        var problems = new List<string>();
        var storage = Get<StorageOptions>(services, problems);
        var privacy = Get<PrivacyOptions>(services, problems);
        var caseLog = Get<CaseLogOptions>(services, problems);
        return problems.Count == 0
            ? Core.Results.Result<Settings, string>.Success(new Settings(storage!, privacy!, caseLog!))
            : Core.Results.Result<Settings, string>.Failure(problems);
    }

    private static T? Get<T>(IServiceProvider services, List<string> problems) where T : class
    {
        try
        {
            return services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException error)
        {
            problems.AddRange(error.Failures);
        }
        catch (InvalidOperationException error)
        {
            // Binding a word into a number fails here, before validation.
            problems.Add(error.Message);
        }

        return null;
    }
}
