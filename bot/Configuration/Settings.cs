using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Configuration;

/// <summary>The validated settings of the case log, bound from their sections.</summary>
internal sealed record Settings(StorageOptions Storage, PrivacyOptions Privacy, CaseLogOptions CaseLog)
{
    /// <summary>Binds and validates every section; all problems at once, each naming the setting and what is valid.</summary>
    public static Outcome<Settings, string> Load(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddForumHelperOptions(configuration).BuildServiceProvider();
        var problems = new List<string>();
        var storage = ValidatedOptions.Get<StorageOptions>(services, problems);
        var privacy = ValidatedOptions.Get<PrivacyOptions>(services, problems);
        var caseLog = ValidatedOptions.Get<CaseLogOptions>(services, problems);
        return problems.Count == 0
            ? Outcome<Settings, string>.Success(new Settings(storage!, privacy!, caseLog!))
            : Outcome<Settings, string>.Failure(problems);
    }
}
