using System.Net;
using ForumHelper.Core.Outcomes;

namespace ForumHelper.Bot.Discord;

/// <summary>Making and reading the outcome of a Discord REST call: a value, or exactly one <see cref="RestProblem"/>.</summary>
public static class RestOutcome
{
    public static Outcome<T, RestProblem> Fail<T>(HttpStatusCode? status, int? discordCode, string message) =>
        string.IsNullOrWhiteSpace(message)
            ? throw new ArgumentException("A failure needs a message.", nameof(message))
            : Outcome<T, RestProblem>.Failure([new RestProblem(status, discordCode, message)]);

    /// <summary>The same failure, for a call with another value type.</summary>
    public static Outcome<TOther, RestProblem> As<T, TOther>(this Outcome<T, RestProblem> outcome) =>
        outcome.IsSuccess ? throw new InvalidOperationException("Only a failure can change its value type.") : Outcome<TOther, RestProblem>.Failure(outcome.Problems);

    /// <summary>Why the call failed; null on success.</summary>
    public static RestProblem? Problem<T>(this Outcome<T, RestProblem> outcome) => outcome.IsSuccess ? null : outcome.Problems[0];
}
