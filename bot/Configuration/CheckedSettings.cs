using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Reads <c>IOptions&lt;T&gt;</c>, turning a failed validation or binding into messages instead of an exception.</summary>
internal sealed class CheckedSettings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T> : ICheckedSettings where T : class
{
    public IEnumerable<string> Problems(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
            return [];
        }
        catch (OptionsValidationException error)
        {
            return error.Failures;
        }
        catch (InvalidOperationException error)
        {
            // Binding a word into a number fails here, before validation.
            return [error.Message];
        }
    }
}
