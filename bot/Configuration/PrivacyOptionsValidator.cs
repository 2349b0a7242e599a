using ForumHelper.Core.Cases;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>Privacy</c>: retention and the smallest group shown, in range.</summary>
public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var problems = new List<string>();
        if (options.RetentionDays is < 1 or > CaseStats.MaxDays)
        {
            problems.Add($"Privacy:RetentionDays must be 1–{CaseStats.MaxDays} days");
        }

        if (options.MinGroupSize is < 1 or > 1000)
        {
            problems.Add("Privacy:MinGroupSize must be 1–1000");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
