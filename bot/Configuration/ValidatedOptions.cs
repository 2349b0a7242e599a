using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Reads bound options, collecting every problem as a message instead of an exception.</summary>
internal static class ValidatedOptions
{
    /// <summary>The options, or null with the problems added: failed validations, or a word where a number belongs.</summary>
    public static T? Get<T>(IServiceProvider services, List<string> problems) where T : class
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
