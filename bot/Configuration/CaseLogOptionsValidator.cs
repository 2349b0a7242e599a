using ForumHelper.Core.Cases;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>CaseLog</c>: the queue, the batch and the shutdown wait, in range.</summary>
public sealed class CaseLogOptionsValidator : IValidateOptions<CaseLogOptions>
{
    public ValidateOptionsResult Validate(string? name, CaseLogOptions options)
    {
        var problems = new List<string>();
        if (options.QueueCapacity is < 1 or > 10_000_000)
        {
            problems.Add("CaseLog:QueueCapacity must be 1–10000000");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            problems.Add("CaseLog:BatchSize must be 1–100000");
        }

        if (options.ShutdownSeconds is < 0 or > 3600)
        {
            problems.Add("CaseLog:ShutdownSeconds must be 0–3600");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
