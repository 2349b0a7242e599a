using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>The validated settings of the case log, for the verbs that read it (<c>ask --log</c>, <c>stats</c>, <c>forget</c>).</summary>
internal sealed record Settings(StorageOptions Storage, PrivacyOptions Privacy, CaseLogOptions CaseLog)
{
    /// <summary>Binds and validates the sections as <c>serve</c> does (<see cref="SettingsServiceCollectionExtensions.AddCaseLogSettings"/>); all problems at once.</summary>
    public static Outcome<Settings, string> Load(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddCaseLogSettings(configuration).BuildServiceProvider();
        var problems = SettingsProblems.Of(services);
        return problems.Count == 0
            ? Outcome<Settings, string>.Success(new Settings(
                services.GetRequiredService<IOptions<StorageOptions>>().Value,
                services.GetRequiredService<IOptions<PrivacyOptions>>().Value,
                services.GetRequiredService<IOptions<CaseLogOptions>>().Value))
            : Outcome<Settings, string>.Failure(problems);
    }
}
