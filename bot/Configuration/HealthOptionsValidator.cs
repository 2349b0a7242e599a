using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>Health</c>: a token, when set, long enough not to be guessed and fit to send in a header.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    /// <summary>The shortest token accepted.</summary>
    public const int MinTokenLength = 32;

    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        options.Token.Length == 0 || (options.Token.Length >= MinTokenLength && options.Token.All(c => c is > ' ' and <= '~'))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Health:Token must be empty (details of /healthz only on this machine) or at least {MinTokenLength} printable ASCII characters without spaces, e.g. from openssl rand -hex 32");
}
